using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.WithdrawProgrammeEnrolment;

public sealed class WithdrawProgrammeEnrolmentCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<WithdrawProgrammeEnrolmentCommand, Versioned<EnrolmentResponse>>
{
    public async ValueTask<Versioned<EnrolmentResponse>> Handle(WithdrawProgrammeEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var (enrolment, programme) = await db.ChangeProgrammeAsync(
            actor,
            command.Operation,
            command.Id,
            command.Precondition,
            (programme, _) => Task.FromResult((programme.WithdrawEnrolment(command.IkmId, command.Body.Reason?.Trim(), clock.Now()), programme)),
            cancellationToken,
            command.IkmId);
        return await db.ShowAsync(enrolment, programme.Version, cancellationToken);
    }
}
