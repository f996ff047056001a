namespace IkmMatch.Domain.Registry;

/// <summary>
/// Units in which monthly capacity and procurement volume are stated. Written in lower case on the wire. Units of one
/// dimension convert into each other (<see cref="CapacityUnits"/>); units of different dimensions never do.
/// </summary>
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
    Pair,
    Dozen,
    Metre,
    Trip,
    Lot,
}

/// <summary>How units of one dimension convert: mass (kg, ton), volume (litre, m³) and counted pieces (pcs, dozen).</summary>
public static class CapacityUnits
{
    /// <summary>
    /// <paramref name="amount"/> of <paramref name="from"/> in <paramref name="to"/>, or null when the two measure
    /// different things (a tonne is never so many trucks, hours or pieces).
    /// </summary>
    public static decimal? Convert(decimal amount, CapacityUnit from, CapacityUnit to)
    {
        if (from == to)
        {
            return amount;
        }

        var (fromDimension, fromFactor) = Dimension(from);
        var (toDimension, toFactor) = Dimension(to);
        return fromDimension == toDimension && fromDimension != CapacityUnit.Unit ? amount * fromFactor / toFactor : null;
    }

    /// <summary>The base unit of the unit's dimension and how many base units one is; units that convert to nothing are their own dimension.</summary>
    private static (CapacityUnit Dimension, decimal Factor) Dimension(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Kg => (CapacityUnit.Kg, 1m),
        CapacityUnit.Ton => (CapacityUnit.Kg, 1000m),
        CapacityUnit.Litre => (CapacityUnit.Litre, 1m),
        CapacityUnit.M3 => (CapacityUnit.Litre, 1000m),
        CapacityUnit.Pcs => (CapacityUnit.Pcs, 1m),
        CapacityUnit.Dozen => (CapacityUnit.Pcs, 12m),
        _ => (CapacityUnit.Unit, 1m),
    };
}
