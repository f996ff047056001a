using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Common.Behaviours;

/// <summary>
/// Checks the caller's role against <see cref="AccessMatrix"/> before validation and the handler run, so a caller who
/// may not do something learns nothing more than that. A use case that names no operation is refused: access is
/// closed unless granted. A use case whose grant is only on the caller's own (or open) records must check them
/// (<see cref="AccessChecks.ExpectRecordCheck"/>): one that answers without having done so is an error, never an answer.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAuthorizedRequest request)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} names no operation of the access matrix.");
        }

        if (actor.Demand(request.Operation) == Grant.All)
        {
            return await next(message, cancellationToken);
        }

        var check = AccessChecks.ExpectRecordCheck(request.Operation);
        var response = await next(message, cancellationToken);
        return check.Done
            ? response
            : throw new InvalidOperationException(
                $"{typeof(TMessage).Name} answered a caller whose grant is on its own records only without checking the record (DemandOn or OwnListScope).");
    }
}
