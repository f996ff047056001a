using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.WithdrawProgrammeEnrolment;

/// <summary>A participant leaves the programme before completing it; its seat is free again.</summary>
public sealed record WithdrawProgrammeEnrolmentCommand(Guid Id, Guid IkmId, WithdrawEnrolmentRequest Body, Precondition Precondition) : ICommand<Versioned<EnrolmentResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.WithdrawProgrammeEnrolment;
}
