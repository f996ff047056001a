using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.CancelNeed;

/// <summary>Cancels an open need.</summary>
public sealed record CancelNeedCommand(Guid Id, Precondition Precondition) : ICommand<Versioned<NeedResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CancelNeed;
}
