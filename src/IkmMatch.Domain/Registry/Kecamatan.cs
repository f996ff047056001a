namespace IkmMatch.Domain.Registry;

/// <summary>The 8 kecamatan of Kota Cilegon (Perda 15/2002), or <see cref="Outside"/> the city.</summary>
public enum Kecamatan
{
    Cibeber,
    Cilegon,
    Citangkil,
    Ciwandan,
    Grogol,
    Jombang,
    Pulomerak,
    Purwakarta,
    Outside,
}
