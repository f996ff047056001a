using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.OpenProgramme;

/// <summary>Opens a planned programme for enrolment.</summary>
public sealed record OpenProgrammeCommand(Guid Id, ProgrammeStepRequest Body, Precondition Precondition) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.OpenProgramme;
}
