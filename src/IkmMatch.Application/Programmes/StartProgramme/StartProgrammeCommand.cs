using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.StartProgramme;

/// <summary>The programme starts running; enrolment closes.</summary>
public sealed record StartProgrammeCommand(Guid Id, ProgrammeStepRequest Body, Precondition Precondition) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.StartProgramme;
}
