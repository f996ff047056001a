using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.RecordProgrammeAttendance;

public sealed class RecordProgrammeAttendanceCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RecordProgrammeAttendanceCommand, Versioned<EnrolmentResponse>>
{
    public async ValueTask<Versioned<EnrolmentResponse>> Handle(RecordProgrammeAttendanceCommand command, CancellationToken cancellationToken)
    {
        var (enrolment, programme) = await db.ChangeProgrammeAsync(
            actor,
            command.Operation,
            command.Id,
            command.Precondition,
            (programme, _) => Task.FromResult((programme.RecordAttendance(command.IkmId, command.Body.AttendancePercent, clock.Now()), programme)),
            cancellationToken,
            command.IkmId);
        return await db.ShowAsync(enrolment, programme.Version, cancellationToken);
    }
}
