using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.CreateIkm;

public sealed class CreateIkmCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateIkmCommand, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(CreateIkmCommand command, CancellationToken cancellationToken)
    {
        var nib = command.Body.Nib;
        var existing = await db.Ikms.Where(i => i.Nib == nib).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new ConflictException(new Text("problem.ikmNibTaken", nib, existing.Value.ToString()));
        }

        var ikm = Ikm.Register(command.Body.ToProfile(), clock.Now());
        db.Ikms.Add(ikm);
        await db.SaveChangesAsync(cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
