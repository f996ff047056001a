using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.CompletePartnership;

/// <summary>The partnership ends as agreed, with its rating and the jobs it created (they feed the IKM's track record).</summary>
public sealed record CompletePartnershipCommand(Guid Id, CompletePartnershipRequest Body, Precondition Precondition) : ICommand<Versioned<PartnershipResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CompletePartnership;
}
