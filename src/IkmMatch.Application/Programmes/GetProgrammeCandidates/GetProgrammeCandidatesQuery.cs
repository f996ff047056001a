using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Programmes.GetProgrammeCandidates;

/// <summary>IKM that lack what the programme addresses, ranked by what completing it would unlock.</summary>
/// <param name="Id">The programme.</param>
/// <param name="Limit">How many to return, 1–100.</param>
public sealed record GetProgrammeCandidatesQuery(Guid Id, int Limit) : IQuery<ProgrammeCandidatesResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetProgrammeCandidates;
}
