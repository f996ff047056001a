using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.ApiKeys.IssueApiKey;

public sealed class IssueApiKeyCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<IssueApiKeyCommand, ApiKeyIssuedResponse>
{
    public async ValueTask<ApiKeyIssuedResponse> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        var name = body.Name.Trim();
        if (body.IkmId is { } ikmId)
        {
            await EnsureActiveAsync(db.Ikms.Where(i => i.Id == ikmId).Select(i => (RecordStatus?)i.Status), "ikmId", "IKM", ikmId, cancellationToken);
        }

        if (body.IndustryId is { } industryId)
        {
            await EnsureActiveAsync(db.Industries.Where(i => i.Id == industryId).Select(i => (RecordStatus?)i.Status), "industryId", "Industry", industryId, cancellationToken);
        }

        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ConflictException(new Text("problem.apiKeyNameTaken", name));
        }

        var secret = ApiKeySecrets.Generate();
        var key = ApiKey.Issue(name, body.Role, body.IkmId, body.IndustryId, ApiKeySecrets.Hash(secret), ApiKeySecrets.Prefix(secret), actor.Name, clock.Now());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyIssuedResponse(key.Id, key.Name, key.Role, key.IkmId, key.IndustryId, secret, key.CreatedAt);
    }

    private static Task EnsureActiveAsync(
        IQueryable<RecordStatus?> status, string field, string resource, Guid id, CancellationToken cancellationToken) =>
        status.EnsureActiveAsync(field, new Text("problem.noSuch." + resource, id.ToString()), new Text("problem.archivedNoKey." + resource, id.ToString()), cancellationToken);
}
