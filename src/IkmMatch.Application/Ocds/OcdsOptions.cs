namespace IkmMatch.Application.Ocds;

/// <summary>The <c>Ocds</c> configuration section: how IkmMatch publishes its needs as Open Contracting data.</summary>
public sealed class OcdsOptions
{
    public const string Section = "Ocds";

    /// <summary>
    /// The ocid prefix the Open Contracting Partnership registered for the publisher (<c>ocds-</c> and six characters);
    /// each need's ocid is the prefix, a hyphen and the need's id. The default marks data not yet registered.
    /// </summary>
    public string OcidPrefix { get; init; } = "ocds-ikmcgn";

    /// <summary>The publisher named in every package.</summary>
    public string PublisherName { get; init; } = "Dinas Perindustrian dan Perdagangan Kota Cilegon";

    /// <summary>The absolute address packages give as their <c>uri</c>; absent: the address the request came to.</summary>
    public string? BaseUrl { get; init; }
}
