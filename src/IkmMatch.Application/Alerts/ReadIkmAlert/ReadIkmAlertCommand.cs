using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Alerts.ReadIkmAlert;

/// <summary>The IKM has read one of its alerts; reading it again keeps the first time.</summary>
public sealed record ReadIkmAlertCommand(Guid IkmId, Guid AlertId) : ICommand<AlertResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.ReadIkmAlert;
}
