using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.RejectPartnership;

/// <summary>The IKM rejects a proposed partnership, with a reason.</summary>
public sealed record RejectPartnershipCommand(Guid Id, RejectPartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.RejectPartnership;
}
