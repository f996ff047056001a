using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.GetProgramme;

/// <summary>One programme with its history.</summary>
public sealed record GetProgrammeQuery(Guid Id) : IQuery<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetProgramme;
}
