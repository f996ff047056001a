using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Common.Behaviours;

/// <summary>
/// Checks the caller's role against <see cref="AccessMatrix"/> before validation and the handler run, so a caller who
/// may not do something learns nothing more than that. A use case that names no operation is refused: access is
/// closed unless granted.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAuthorizedRequest request)
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} names no operation of the access matrix.");
        }

        actor.Demand(request.Operation);
        return next(message, cancellationToken);
    }
}
