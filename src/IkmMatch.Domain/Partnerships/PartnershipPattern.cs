namespace IkmMatch.Domain.Partnerships;

/// <summary>Partnership patterns of UU 20/2008 art. 26 and PP 7/2021.</summary>
public enum PartnershipPattern
{
    /// <summary>Rantai pasok.</summary>
    SupplyChain,

    /// <summary>Subkontrak.</summary>
    Subcontract,

    /// <summary>Inti-plasma.</summary>
    NucleusPlasma,

    /// <summary>Perdagangan umum.</summary>
    GeneralTrade,

    /// <summary>Distribusi dan keagenan.</summary>
    DistributionAgency,

    /// <summary>Penyumberluaran.</summary>
    Outsourcing,

    /// <summary>Bagi hasil.</summary>
    ProfitSharing,

    /// <summary>Kerja sama operasional.</summary>
    JointOperation,

    /// <summary>Usaha patungan.</summary>
    JointVenture,

    /// <summary>Waralaba.</summary>
    Franchise,
}
