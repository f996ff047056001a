using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.UpdateProgramme;

/// <summary>Replaces what a Planned or OpenForEnrolment programme is; its organiser stays.</summary>
public sealed record UpdateProgrammeCommand(Guid Id, ProgrammeRequest Body, Precondition Precondition) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.UpdateProgramme;
}
