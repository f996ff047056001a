using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.EnrolInProgramme;

/// <summary>Enrols an IKM in a programme open for enrolment while a seat is free; an IKM caller applies itself.</summary>
public sealed record EnrolInProgrammeCommand(Guid Id, EnrolmentRequest Body) : ICommand<Versioned<EnrolmentResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.EnrolInProgramme;
}
