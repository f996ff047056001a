using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.CompleteProgrammeEnrolment;

public sealed class CompleteProgrammeEnrolmentCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CompleteProgrammeEnrolmentCommand, Versioned<EnrolmentResponse>>
{
    public async ValueTask<Versioned<EnrolmentResponse>> Handle(CompleteProgrammeEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        var certificate = body.Certificate is { } c
            ? new CertificationData(c.Type, c.Number?.Trim(), c.Issuer?.Trim(), c.ValidUntil, c.TkdnPercent)
            : null;
        var (enrolment, programme) = await db.ChangeProgrammeAsync(
            actor,
            command.Operation,
            command.Id,
            command.Precondition,
            async (programme, ct) =>
            {
                var now = clock.Now();
                var enrolment = programme.CompleteEnrolment(command.IkmId, new EnrolmentOutcome(certificate, body.WorkforceAfter, body.Note?.Trim()), now);
                if (certificate is not null)
                {
                    // Saved with the outcome, or not at all.
                    var ikm = await db.Ikms.Include(i => i.Certifications).FirstAsync(i => i.Id == command.IkmId, ct);
                    ikm.ClaimCertificate(certificate, now);
                }

                return (enrolment, programme);
            },
            cancellationToken,
            command.IkmId);
        return await db.ShowAsync(enrolment, programme.Version, cancellationToken);
    }
}
