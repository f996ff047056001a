using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Ikms.ImportIkms;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Microsoft.Net.Http.Headers;
using Sylvan.Data.Csv;

namespace IkmMatch.Api.Exchange;

/// <summary>
/// Reads the body of an import into rows: NDJSON (one IKM body per line, blank lines skipped) or CSV (UTF-8, a header
/// row of <see cref="IkmColumns"/>). Every row becomes the JSON body of the single create and is read by the same
/// strict serializer, so a row's errors are worded and keyed as a 400 of <c>POST /ikms</c> would be. A row that cannot
/// be read is kept with its errors; only a body that is not an import at all (another media type, an unknown column,
/// too many rows) refuses the whole request.
/// </summary>
internal static class IkmImportReader
{
    public const string NdjsonMediaType = "application/x-ndjson";
    public const string CsvMediaType = "text/csv";

    private static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };

    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(HttpRequest request, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (parsed?.Charset.Value is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Only UTF-8 is read.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        try
        {
            return mediaType switch
            {
                _ when string.Equals(mediaType, NdjsonMediaType, StringComparison.OrdinalIgnoreCase) => await ReadNdjsonAsync(reader, json, cancellationToken),
                _ when string.Equals(mediaType, CsvMediaType, StringComparison.OrdinalIgnoreCase) => await ReadCsvAsync(reader, json, cancellationToken),
                _ => throw new BadHttpRequestException("Unsupported media type", StatusCodes.Status415UnsupportedMediaType),
            };
        }
        catch (DecoderFallbackException)
        {
            throw Refused(new("problem.importNotUtf8"));
        }
    }

    private static async Task<IReadOnlyList<ImportRow>> ReadNdjsonAsync(StreamReader reader, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var rows = new List<ImportRow>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CheckCount(rows);
            var row = rows.Count + 1;
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line.TrimStart('\uFEFF'), documentOptions: StrictDocument);
            }
            catch (JsonException malformed)
            {
                rows.Add(new ImportRow(row, null, null, BadRequestProblems.JsonErrors(malformed)));
                continue;
            }

            rows.Add(ToRow(row, node, json));
        }

        return rows;
    }

    private static async Task<IReadOnlyList<ImportRow>> ReadCsvAsync(StreamReader reader, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 4 * 1024 * 1024 };
        await using var csv = await CsvDataReader.CreateAsync(reader, options, cancellationToken);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i).Trim().TrimStart('\uFEFF');
            if (!IkmColumns.Profile.Contains(name) && !IkmColumns.RecordOnly.Contains(name))
            {
                throw Refused(new("problem.importUnknownColumn", name, string.Join(", ", IkmColumns.Profile)));
            }

            if (!columns.TryAdd(name, i))
            {
                throw Refused(new("problem.importRepeatedColumn", name));
            }
        }

        if (IkmColumns.Required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            throw Refused(new("problem.importMissingColumn", missing, string.Join(", ", IkmColumns.Required)));
        }

        var rows = new List<ImportRow>();
        while (await csv.ReadAsync(cancellationToken))
        {
            CheckCount(rows);
            var row = rows.Count + 1;
            var body = new JsonObject();
            Dictionary<string, string[]>? errors = null;
            foreach (var name in IkmColumns.Profile)
            {
                if (!columns.TryGetValue(name, out var ordinal))
                {
                    continue;
                }

                var cell = ordinal < csv.RowFieldCount ? csv.GetString(ordinal) : string.Empty;
                try
                {
                    body[name] = Cell(name, cell);
                }
                catch (JsonException malformed)
                {
                    errors ??= new(StringComparer.Ordinal);
                    errors[name] = [ProblemText.Say("validation.importJsonCell", name, malformed.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0])];
                }
            }

            rows.Add(errors is null ? ToRow(row, body, json) : new ImportRow(row, NibOf(body), null, errors));
        }

        return rows;
    }

    /// <summary>A cell as the JSON body would state it: text as strings (empty optional text as absent), workforce as a number, capabilities and certificates as their JSON arrays.</summary>
    private static JsonNode? Cell(string name, string cell) => name switch
    {
        "workforce" => long.TryParse(cell.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(cell),
        "kecamatan" => JsonValue.Create(RegionCodes.TryParseKecamatan(cell, out var kecamatan) ? kecamatan.ToString() : cell),
        "capabilities" or "certifications" => string.IsNullOrWhiteSpace(cell) ? new JsonArray() : JsonNode.Parse(cell, documentOptions: StrictDocument),
        "nib" or "name" => JsonValue.Create(cell),
        _ => cell.Length == 0 ? null : JsonValue.Create(cell),
    };

    /// <summary>The row's IKM read by the API's own serializer, after dropping what an export adds to the profile.</summary>
    private static ImportRow ToRow(int row, JsonNode? node, JsonSerializerOptions json)
    {
        if (node is JsonObject body)
        {
            foreach (var name in IkmColumns.RecordOnly)
            {
                body.Remove(name);
            }

            if (body["certifications"] is JsonArray certifications)
            {
                foreach (var certification in certifications.OfType<JsonObject>())
                {
                    foreach (var name in IkmColumns.CertificationRecordOnly)
                    {
                        certification.Remove(name);
                    }
                }
            }
        }

        try
        {
            var request = node.Deserialize<IkmRequest>(json);
            return request is null
                ? new ImportRow(row, null, null, new Dictionary<string, string[]> { ["$"] = [ProblemText.Say("validation.bodyRequired")] })
                : new ImportRow(row, request.Nib, request);
        }
        catch (JsonException invalid)
        {
            return new ImportRow(row, NibOf(node), null, BadRequestProblems.JsonErrors(invalid));
        }
    }

    private static string? NibOf(JsonNode? node) =>
        node is JsonObject body && body["nib"] is JsonValue value && value.TryGetValue<string>(out var nib) ? nib : null;

    private static void CheckCount(List<ImportRow> rows)
    {
        if (rows.Count >= ImportIkmsCommand.MaxRows)
        {
            throw Refused(new("validation.importRows", ImportIkmsCommand.MaxRows));
        }
    }

    private static ValidationException Refused(Text message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["$"] = [message.Say()] });
}
