using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.ProposePartnership;

/// <summary>Proposes a partnership between an IKM and an industry, from a need or directly.</summary>
public sealed record ProposePartnershipCommand(PartnershipRequest Body) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.ProposePartnership;
}
