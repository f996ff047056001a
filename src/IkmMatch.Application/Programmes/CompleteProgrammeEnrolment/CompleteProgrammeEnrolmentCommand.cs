using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CompleteProgrammeEnrolment;

/// <summary>
/// A participant completed the programme, with its outcome: a certificate obtained enters the IKM's certificates as its
/// claim (with number and validity) until Disperindag verifies it.
/// </summary>
public sealed record CompleteProgrammeEnrolmentCommand(Guid Id, Guid IkmId, EnrolmentOutcomeRequest Body, Precondition Precondition) : ICommand<Versioned<EnrolmentResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.CompleteProgrammeEnrolment;
}
