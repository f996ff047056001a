using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.CreateIndustry;

public sealed class CreateIndustryCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateIndustryCommand, Versioned<IndustryResponse>>
{
    public async ValueTask<Versioned<IndustryResponse>> Handle(CreateIndustryCommand command, CancellationToken cancellationToken)
    {
        var nib = command.Body.Nib;
        var existing = await db.Industries.Where(i => i.Nib == nib).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new ConflictException(new Text("problem.industryNibTaken", nib, existing.Value.ToString()));
        }

        var industry = Industry.Register(command.Body.ToProfile(), clock.Now());
        db.Industries.Add(industry);
        await db.SaveChangesAsync(cancellationToken);
        return industry.ToVersionedResponse();
    }
}
