using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using Mediator;

namespace IkmMatch.Application.Needs.UpdateNeed;

public sealed class UpdateNeedCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateNeedCommand, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(UpdateNeedCommand command, CancellationToken cancellationToken)
    {
        var need = await db.Needs.LoadForChangeAsync(command.Id, "Need", actor, Operation.UpdateNeed, command.Precondition, cancellationToken);
        if (command.Body.IndustryId != need.IndustryId)
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                ["industryId"] = [new Text("problem.needCannotMove", need.IndustryId.ToString()).Say()],
            });
        }

        need.Update(command.Body.ToDetails(), clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Need", need.Id, cancellationToken);
        return need.ToVersionedResponse();
    }
}
