using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.TerminatePartnership;

/// <summary>An active partnership ends early, with a reason.</summary>
public sealed record TerminatePartnershipCommand(Guid Id, TerminatePartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.TerminatePartnership;
}
