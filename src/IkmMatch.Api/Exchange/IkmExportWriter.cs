using System.Globalization;
using System.Text;
using System.Text.Json;
using IkmMatch.Application.Ikms;

namespace IkmMatch.Api.Exchange;

/// <summary>
/// Writes an export to the response body as the IKM are read: NDJSON (each IKM as <c>GET /ikms/{id}</c> answers it,
/// one per line) or CSV (the <see cref="IkmColumns.Export"/> columns). The response is flushed after every page, so
/// memory holds one page however large the registry is.
/// </summary>
internal sealed class IkmExportWriter(IAsyncEnumerable<IkmResponse> ikms, ExportFormat format, JsonSerializerOptions json) : IResult
{
    private const int FlushEvery = 500;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        if (format == ExportFormat.Csv)
        {
            response.ContentType = "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = "attachment; filename=\"ikm.csv\"";
            await WriteCsvAsync(response.Body, cancellationToken);
        }
        else
        {
            response.ContentType = "application/x-ndjson; charset=utf-8";
            response.Headers.ContentDisposition = "attachment; filename=\"ikm.ndjson\"";
            await WriteNdjsonAsync(response.Body, cancellationToken);
        }
    }

    private async Task WriteNdjsonAsync(Stream body, CancellationToken cancellationToken)
    {
        var written = 0;
        await foreach (var ikm in ikms.WithCancellation(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(body, ikm, json, cancellationToken);
            await body.WriteAsync(NewLine, cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await body.FlushAsync(cancellationToken);
            }
        }
    }

    private async Task WriteCsvAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(string.Join(',', IkmColumns.Export) + "\r\n");
        var written = 0;
        var line = new StringBuilder(1024);
        await foreach (var ikm in ikms.WithCancellation(cancellationToken))
        {
            line.Clear();
            string?[] cells =
            [
                ikm.Id.ToString(),
                ikm.Nib,
                ikm.Name,
                ikm.OwnerName,
                ikm.Email,
                ikm.Phone,
                ikm.Address,
                ikm.Kecamatan.ToString(),
                ikm.KecamatanCode,
                ikm.Workforce.ToString(CultureInfo.InvariantCulture),
                JsonSerializer.Serialize(ikm.Capabilities, json),
                JsonSerializer.Serialize(ikm.Certifications, json),
                ikm.Verified ? "true" : "false",
                ikm.VerifiedAt?.ToString("O", CultureInfo.InvariantCulture),
                ikm.VerifiedBy,
                ikm.Status.ToString(),
                ikm.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                ikm.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                ikm.CreatedBy,
                ikm.UpdatedBy,
            ];
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                AppendCell(line, cells[i]);
            }

            line.Append("\r\n");
            await writer.WriteAsync(line, cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static void AppendCell(StringBuilder line, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(cell);
            return;
        }

        line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>The format of an export.</summary>
internal enum ExportFormat
{
    /// <summary>Newline-delimited JSON (<c>application/x-ndjson</c>): one IKM per line, as <c>GET /ikms/{id}</c> answers it.</summary>
    Ndjson,

    /// <summary>CSV (<c>text/csv</c>, UTF-8, header row); capabilities and certificates as JSON arrays in their cells.</summary>
    Csv,
}

/// <summary>The <c>format</c> of an export: <c>ndjson</c> (the default) or <c>csv</c>, in any case.</summary>
internal static class ExportFormats
{
    public static ExportFormat Parse(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" or "ndjson" => ExportFormat.Ndjson,
        "csv" => ExportFormat.Csv,
        _ => throw new Application.Common.Exceptions.ValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["format"] = [ErrorHandling.ProblemText.Say("validation.query.oneOf", format, "format", "ndjson, csv")],
        }),
    };
}
