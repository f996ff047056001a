namespace IkmMatch.Domain.Registry;

/// <summary>Certificates an IKM may hold. TKDN carries a local-content percentage.</summary>
public enum CertificationType
{
    SNI,
    ISO9001,
    ISO14001,
    ISO45001,
    SMK3,
    Halal,
    TKDN,
    Other,
}
