using System.Text;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>One data row of a CSV file, addressed by the header's column names.</summary>
internal sealed class CsvRecord(string source, int line, IReadOnlyDictionary<string, string> fields)
{
    public int Line { get; } = line;

    /// <summary>The value of a column; a missing or empty required value is a data error naming file and line.</summary>
    public string Required(string column)
    {
        var value = Optional(column);
        return string.IsNullOrEmpty(value)
            ? throw new InvalidDataException($"{source} line {Line}: column '{column}' is empty.")
            : value;
    }

    public string? Optional(string column) =>
        fields.TryGetValue(column, out var value)
            ? (value.Length == 0 ? null : value)
            : throw new InvalidDataException($"{source}: there is no column '{column}'.");
}

/// <summary>
/// Reads the seed data files: comma-separated, first row the header, fields optionally in double quotes
/// (RFC 4180). A quoted field may hold commas, line breaks and doubled quotes (<c>""</c>). CRLF or LF.
/// </summary>
internal static class CsvReader
{
    public static IReadOnlyList<CsvRecord> ReadRecords(TextReader reader, string source)
    {
        var rows = ReadRows(reader.ReadToEnd(), source);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{source} is empty; a header row is expected.");
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var records = new List<CsvRecord>(rows.Count - 1);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // a blank line
            }

            if (fields.Count != header.Length)
            {
                throw new InvalidDataException(
                    $"{source} line {line}: {fields.Count} fields where the header has {header.Length}.");
            }

            var values = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                values[header[i]] = fields[i].Trim();
            }

            records.Add(new CsvRecord(source, line, values));
        }

        return records;
    }

    private static List<(int Line, List<string> Fields)> ReadRows(string text, string source)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;

        // A leading byte-order mark is not data.
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case '"':
                    throw new InvalidDataException($"{source} line {line}: a quote inside an unquoted field.");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the LF that follows ends the row
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    rows.Add((rowLine, fields));
                    fields = [];
                    field.Clear();
                    fieldWasQuoted = false;
                    line++;
                    rowLine = line;
                    break;
                default:
                    if (fieldWasQuoted)
                    {
                        throw new InvalidDataException($"{source} line {line}: text after a closing quote.");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new InvalidDataException($"{source} line {rowLine}: a quoted field is not closed.");
        }

        if (field.Length > 0 || fieldWasQuoted || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }

        return rows;
    }
}
