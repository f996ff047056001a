namespace IkmMatch.Domain.Registry;

/// <summary>Units in which monthly capacity and procurement volume are stated. Written in lower case on the wire.</summary>
public enum CapacityUnit
{
    Pcs,
    Kg,
    Ton,
    Litre,
    M2,
    M3,
    Set,
    Unit,
    Pax,
    Hour,
}
