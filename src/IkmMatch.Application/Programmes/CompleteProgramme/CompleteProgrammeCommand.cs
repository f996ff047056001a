using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CompleteProgramme;

/// <summary>The programme is completed; the impact report counts from now.</summary>
public sealed record CompleteProgrammeCommand(Guid Id, ProgrammeStepRequest Body, Precondition Precondition) : ICommand<Versioned<ProgrammeResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CompleteProgramme;
}
