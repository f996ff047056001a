using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.ActivatePartnership;

/// <summary>The agreement is signed: the partnership becomes active with its contract value and period.</summary>
public sealed record ActivatePartnershipCommand(Guid Id, ActivatePartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.ActivatePartnership;
}
