using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

/// <summary>The IKM accepts a proposed partnership.</summary>
public sealed record AcceptPartnershipCommand(Guid Id, AcceptPartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.AcceptPartnership;
}
