using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.WithdrawPartnership;

/// <summary>The industry withdraws a proposed or accepted partnership.</summary>
public sealed record WithdrawPartnershipCommand(Guid Id, WithdrawPartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.WithdrawPartnership;
}
