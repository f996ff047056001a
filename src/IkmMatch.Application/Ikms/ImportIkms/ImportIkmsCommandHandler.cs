using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.ImportIkms;

public sealed class ImportIkmsCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ImportIkmsCommand, ImportReport>
{
    /// <summary>Rows looked up and saved together: one statement finds the IKM of a chunk's NIBs.</summary>
    private const int ChunkSize = 500;

    private static readonly IkmRequestValidator Validator = new();

    public async ValueTask<ImportReport> Handle(ImportIkmsCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.ImportIkms);
        var results = new ImportRowResult?[command.Rows.Count];
        var valid = new List<(int Index, IkmProfile Profile)>(command.Rows.Count);
        var firstRowOfNib = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < command.Rows.Count; index++)
        {
            var row = command.Rows[index];
            var errors = row.Errors ?? (row.Body is null ? null : await ValidateAsync(row.Body, cancellationToken));
            if (errors is null && row.Body is not null && !firstRowOfNib.TryAdd(row.Body.Nib, row.Row))
            {
                errors = Errors("nib", new Text("validation.importNibRepeated", row.Body.Nib, firstRowOfNib[row.Body.Nib]));
            }

            if (errors is not null || row.Body is null)
            {
                results[index] = new ImportRowResult(row.Row, row.Nib, ImportOutcome.Rejected, null, errors ?? Errors("$", new Text("validation.bodyRequired")));
                continue;
            }

            valid.Add((index, row.Body.ToProfile()));
        }

        await db.InTransactionAsync(
            async ct =>
            {
                foreach (var chunk in valid.Chunk(ChunkSize))
                {
                    await ApplyAsync(command.Rows, chunk, results, ct);
                }

                return true;
            },
            cancellationToken);

        var rows = results.Select(r => r!).ToList();
        return new ImportReport(
            rows.Count,
            rows.Count(r => r.Outcome == ImportOutcome.Created),
            rows.Count(r => r.Outcome == ImportOutcome.Updated),
            rows.Count(r => r.Outcome == ImportOutcome.Unchanged),
            rows.Count(r => r.Outcome == ImportOutcome.Rejected),
            rows);
    }

    private async Task ApplyAsync(
        IReadOnlyList<ImportRow> rows, (int Index, IkmProfile Profile)[] chunk, ImportRowResult?[] results, CancellationToken cancellationToken)
    {
        var nibs = chunk.Select(c => c.Profile.Nib).ToList();
        var existing = await db.Ikms.WithDetails().Where(i => nibs.Contains(i.Nib)).ToDictionaryAsync(i => i.Nib, StringComparer.Ordinal, cancellationToken);
        var now = clock.Now();
        foreach (var (index, profile) in chunk)
        {
            var row = rows[index].Row;
            if (!existing.TryGetValue(profile.Nib, out var ikm))
            {
                ikm = Ikm.Register(profile, now);
                db.Ikms.Add(ikm);
                results[index] = new ImportRowResult(row, profile.Nib, ImportOutcome.Created, ikm.Id, null);
            }
            else if (ikm.Status == RecordStatus.Archived)
            {
                results[index] = new ImportRowResult(row, profile.Nib, ImportOutcome.Rejected, ikm.Id, Errors("nib", new Text("validation.importArchived", profile.Nib)));
            }
            else if (ikm.Holds(profile))
            {
                results[index] = new ImportRowResult(row, profile.Nib, ImportOutcome.Unchanged, ikm.Id, null);
            }
            else
            {
                ikm.Update(profile, IkmEditor.Registry, now);
                results[index] = new ImportRowResult(row, profile.Nib, ImportOutcome.Updated, ikm.Id, null);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, string[]>?> ValidateAsync(IkmRequest body, CancellationToken cancellationToken)
    {
        var result = await Validator.ValidateAsync(body, cancellationToken);
        return result.IsValid ? null : PropertyPath.Errors(result.Errors);
    }

    private static Dictionary<string, string[]> Errors(string path, Text message) =>
        new(StringComparer.Ordinal) { [path] = [message.Say()] };
}
