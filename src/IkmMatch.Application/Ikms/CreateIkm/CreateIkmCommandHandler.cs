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
        // The holder is not named: the caller may not be allowed to read it.
        if (await db.Ikms.AnyAsync(i => i.Nib == nib, cancellationToken))
        {
            throw new ConflictException(new Text("problem.ikmNibTaken", nib));
        }

        var ikm = Ikm.Register(command.Body.ToProfile(), clock.Now());
        db.Ikms.Add(ikm);
        await db.SaveChangesAsync(cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
