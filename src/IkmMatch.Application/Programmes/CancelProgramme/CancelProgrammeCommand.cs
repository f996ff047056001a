using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CancelProgramme;

/// <summary>Cancels a programme that has not completed (reason required).</summary>
public sealed record CancelProgrammeCommand(Guid Id, CancelProgrammeRequest Body, Precondition Precondition) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CancelProgramme;
}
