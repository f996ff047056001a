using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Behaviours;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Ikms.GetIkm;
using IkmMatch.Domain.Access;

namespace IkmMatch.Application.UnitTests.Access;

/// <summary>
/// Ownership checks cannot be forgotten: a use case whose grant for the caller is on its own records only, and whose
/// handler answers without asking <see cref="AccessChecks"/> about the record, is refused by the pipeline.
/// </summary>
public sealed class RecordCheckTests
{
    private static readonly Guid Own = Guid.NewGuid();

    private sealed record Actor(Role Role, Guid? IkmId = null) : ICurrentActor
    {
        public string Name => "uji";

        public string Subject => "key:uji";

        Role? ICurrentActor.Role => Role;

        public Guid? IndustryId => null;
    }

    private static ValueTask<IkmMatch.Application.Common.Models.Versioned<IkmResponse>> RunAsync(ICurrentActor actor, bool handlerChecks)
    {
        var behaviour = new AuthorizationBehaviour<GetIkmQuery, IkmMatch.Application.Common.Models.Versioned<IkmResponse>>(actor);
        return behaviour.Handle(new GetIkmQuery(Own), (query, _) =>
        {
            if (handlerChecks)
            {
                actor.DemandOn(Operation.GetIkm, ikmId: query.Id);
            }

            return ValueTask.FromResult<IkmMatch.Application.Common.Models.Versioned<IkmResponse>>(null!);
        }, CancellationToken.None);
    }

    [Fact]
    public async Task Handler_OwnGrantWithoutRecordCheck_IsRefused()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(RunAsync(new Actor(Role.Ikm, Own), handlerChecks: false).AsTask());

        error.Message.ShouldContain(nameof(GetIkmQuery));
    }

    [Fact]
    public async Task Handler_OwnGrantWithRecordCheck_Answers()
    {
        await RunAsync(new Actor(Role.Ikm, Own), handlerChecks: true);
    }

    [Fact]
    public async Task Handler_AllGrant_NeedsNoRecordCheck()
    {
        await RunAsync(new Actor(Role.Admin), handlerChecks: false);
    }
}
