namespace IkmMatch.Domain.Registry;

/// <summary>
/// Kemendagri region codes (Kepmendagri 300.2.2-2138/2025) of Kota Cilegon and its kecamatan, carried beside the names
/// so that other government systems can join IkmMatch's records to theirs.
/// </summary>
public static class RegionCodes
{
    /// <summary>Kota Cilegon, Provinsi Banten.</summary>
    public const string Cilegon = "36.72";

    private static readonly Dictionary<Kecamatan, string> Codes = new()
    {
        [Kecamatan.Cibeber] = "36.72.01",
        [Kecamatan.Cilegon] = "36.72.02",
        [Kecamatan.Pulomerak] = "36.72.03",
        [Kecamatan.Ciwandan] = "36.72.04",
        [Kecamatan.Jombang] = "36.72.05",
        [Kecamatan.Grogol] = "36.72.06",
        [Kecamatan.Purwakarta] = "36.72.07",
        [Kecamatan.Citangkil] = "36.72.08",
    };

    /// <summary>The kecamatan's code (<c>36.72.04</c> for Ciwandan); null for <see cref="Kecamatan.Outside"/>.</summary>
    public static string? Code(this Kecamatan kecamatan) => Codes.GetValueOrDefault(kecamatan);

    /// <summary>The kecamatan of a name (any case) or a code (<c>36.72.04</c>, or its digits without dots, <c>367204</c>).</summary>
    public static bool TryParseKecamatan(string? value, out Kecamatan kecamatan)
    {
        kecamatan = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        foreach (var (candidate, code) in Codes)
        {
            if (code == text || code.Replace(".", string.Empty, StringComparison.Ordinal) == text)
            {
                kecamatan = candidate;
                return true;
            }
        }

        foreach (var name in Enum.GetNames<Kecamatan>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                kecamatan = Enum.Parse<Kecamatan>(name);
                return true;
            }
        }

        return false;
    }
}
