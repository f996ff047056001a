using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Ocds.ListOcdsReleases;

public sealed class ListOcdsReleasesQueryValidator : AbstractValidator<ListOcdsReleasesQuery>
{
    public ListOcdsReleasesQueryValidator() => this.Paging();
}
