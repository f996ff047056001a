using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Programmes.EnrolInProgramme;

public sealed class EnrolInProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<EnrolInProgrammeCommand, Versioned<EnrolmentResponse>>
{
    public async ValueTask<Versioned<EnrolmentResponse>> Handle(EnrolInProgrammeCommand command, CancellationToken cancellationToken)
    {
        var ikmId = command.Body.IkmId;
        var (enrolment, version) = await db.ChangeProgrammeAsync(
            actor,
            command.Operation,
            command.Id,
            Precondition.None,
            async (programme, ct) =>
            {
                await db.Ikms.Where(i => i.Id == ikmId).Select(i => (RecordStatus?)i.Status).EnsureActiveAsync(
                    "ikmId", new Text("problem.noSuch.IKM", ikmId.ToString()), new Text("problem.ikmArchivedNoProgrammes", ikmId.ToString()), ct);
                var enrolment = programme.Enrol(ikmId, applied: actor.Role == Role.Ikm, actor.Name, clock.Now());
                return (enrolment, programme);
            },
            cancellationToken,
            ikmId);
        return await db.ShowAsync(enrolment, version.Version, cancellationToken);
    }
}
