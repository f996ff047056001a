using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.UpdateIkm;

/// <summary>Replaces an IKM's profile, capabilities and certificates.</summary>
public sealed record UpdateIkmCommand(Guid Id, IkmRequest Body, Precondition Precondition) : ICommand<Versioned<IkmResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.UpdateIkm;
}
