using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CreateProgramme;

/// <summary>Plans a development programme (status Planned).</summary>
public sealed record CreateProgrammeCommand(ProgrammeRequest Body) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CreateProgramme;
}
