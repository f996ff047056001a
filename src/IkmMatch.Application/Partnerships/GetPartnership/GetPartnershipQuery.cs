using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.GetPartnership;

/// <summary>One partnership by id, with its history.</summary>
public sealed record GetPartnershipQuery(Guid Id) : IQuery<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetPartnership;
}
