"""Pay: the Salary model, currencies, its JSON form, the reader, JSON-LD.

The real notice: IOM Moldova's call of 2022 as civic.md copied it
(tests/fixtures/layouts/header_table_colon_column.txt), whose header table
gives "All Inclusive Salary:" / ":" / "35000 MDL per month".
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import iomjobs
from iomjobs import (
    Currency,
    Grade,
    InvalidCurrency,
    InvalidDocument,
    InvalidValue,
    PayBasis,
    PayPeriod,
    Salary,
    VacancyNotice,
    parse_notice,
)
from iomjobs.reference import currency_name, currency_signed, is_currency_code, lookup_currency
from iomjobs.source import Span
from iomjobs.strategies import currencies, salaries

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FIXTURE = LAYOUTS / "header_table_colon_column.txt"
MDL = Currency("MDL")
USD = Currency("USD")


class TestModel:
    def test_a_salary_holds_its_amount_currency_and_period(self) -> None:
        salary = Salary(Decimal(35000), MDL, PayPeriod.MONTH)
        assert (salary.amount, salary.currency.code, salary.period) == (
            Decimal(35000),
            "MDL",
            PayPeriod.MONTH,
        )
        assert salary.maximum is None

    @pytest.mark.parametrize(
        "amount", ["0", "0.00", "-5", "NaN", "Infinity", "1E+3", "0.00001", "1" * 16]
    )
    def test_an_amount_must_be_above_zero_in_plain_digits(self, amount: str) -> None:
        with pytest.raises(InvalidValue, match="Invalid amount") as caught:
            Salary(Decimal(amount), USD)
        assert caught.value.path == "amount"

    def test_an_amount_of_another_type_is_named_with_its_remedy(self) -> None:
        with pytest.raises(TypeError, match=r"decimal\.Decimal\('1500'\) makes one"):
            Salary("1500", USD)  # type: ignore[arg-type]

    @pytest.mark.parametrize("maximum", ["1500", "1000"])
    def test_a_range_must_rise(self, maximum: str) -> None:
        with pytest.raises(InvalidValue, match="expected more than the amount") as caught:
            Salary(Decimal(1500), USD, maximum=Decimal(maximum))
        assert caught.value.path == "maximum"

    def test_a_range(self) -> None:
        salary = Salary(Decimal(1500), USD, PayPeriod.MONTH, maximum=Decimal(2000))
        assert salary.maximum == Decimal(2000)

    def test_salaries_compare_by_amount_not_digits(self) -> None:
        assert Salary(Decimal("1500.00"), USD) == Salary(Decimal(1500), USD)


class TestCurrency:
    @pytest.mark.parametrize("code", ["XYZ", "usd", "US", "$", ""])
    def test_only_iso_4217_codes(self, code: str) -> None:
        with pytest.raises(InvalidCurrency, match="Invalid currency") as caught:
            Currency(code)
        assert caught.value.path == "code"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("MDL", "MDL"),
            ("usd", "USD"),
            ("US$", "USD"),
            ("€", "EUR"),
            ("euros", "EUR"),
            ("US dollars", "USD"),
            ("dólares estadounidenses", "USD"),
            ("leu moldave", "MDL"),
        ],
    )
    def test_parse_reads_codes_signs_and_names(self, text: str, code: str) -> None:
        assert Currency.parse(text) == Currency(code)

    # "bolívar soberano" names two: VES, and VED since 2021.
    @pytest.mark.parametrize("text", ["$", "dollars", "XYZ", "negotiable", "bolívar soberano"])
    def test_parse_refuses_what_names_no_one_currency(self, text: str) -> None:
        with pytest.raises(InvalidCurrency, match="Invalid currency"):
            Currency.parse(text)

    def test_names_in_other_languages(self) -> None:
        assert (MDL.name(), MDL.name("fr"), USD.name("es")) == (
            "Moldovan Leu",
            "leu moldave",
            "dólar estadounidense",
        )

    def test_a_locale_that_is_none_is_refused(self) -> None:
        with pytest.raises(InvalidValue, match="Invalid locale"):
            MDL.name("xx_NOPE")

    def test_the_reference_functions(self) -> None:
        assert is_currency_code("XOF")
        assert not is_currency_code("xof")
        assert lookup_currency("ALL") == "ALL"
        assert lookup_currency("ALL", codes=False) is None
        assert currency_name("XOF", "fr") == "franc CFA (BCEAO)"

    @pytest.mark.parametrize(
        ("sign", "country", "code"),
        [
            # A sign several currencies write is one in a country, as its locales write it.
            ("$", "MX", "MXN"),
            ("$", "EC", "USD"),
            ("Q", "GT", "GTQ"),
            ("R$", "BR", "BRL"),
            ("KSh", "KE", "KES"),
            ("₦", "NG", "NGN"),
            # Where the country writes none of its currencies so: none.
            ("$", "FR", None),
            ("Q", "MX", None),
        ],
    )
    def test_a_sign_in_a_country(self, sign: str, country: str, code: str | None) -> None:
        assert currency_signed(sign, country) == code

    @pytest.mark.parametrize(("sign", "country"), [(None, "MX"), ("$", 12)])
    def test_a_sign_or_country_that_is_no_text_is_named(
        self, sign: object, country: object
    ) -> None:
        with pytest.raises(TypeError, match="currency_signed"):
            currency_signed(sign, country)  # type: ignore[arg-type]

    def test_currencies_are_values(self) -> None:
        assert repr(MDL) == "Currency('MDL')"
        assert str(MDL) == "MDL"
        assert sorted([USD, MDL]) == [MDL, USD]
        assert {MDL, Currency("MDL")} == {MDL}


def _notice(salary: Salary | None) -> VacancyNotice:
    return VacancyNotice(position=iomjobs.Position(title="Project Officer"), salary=salary)


class TestJson:
    def test_amounts_are_strings_as_written_and_currencies_codes(self) -> None:
        salary = Salary(Decimal("1500.50"), USD, PayPeriod.MONTH, maximum=Decimal(2000))
        document = json.loads(iomjobs.dumps(_notice(salary)))
        assert document["salary"] == {
            "amount": "1500.50",
            "as_written": None,
            "basis": None,
            "currency": "USD",
            "maximum": "2000",
            "period": "month",
        }
        assert iomjobs.loads(iomjobs.dumps(_notice(salary))) == _notice(salary)
        assert iomjobs.from_dict(iomjobs.to_dict(_notice(salary))) == _notice(salary)

    def test_the_basis_is_its_words_and_may_be_left_out(self) -> None:
        salary = Salary(Decimal(35000), MDL, PayPeriod.MONTH, basis=PayBasis.ALL_INCLUSIVE)
        document = json.loads(iomjobs.dumps(_notice(salary)))
        assert document["salary"]["basis"] == "all inclusive"
        assert iomjobs.loads(json.dumps(document)) == _notice(salary)
        # A document written before the basis was held reads as one that states none.
        del document["salary"]["basis"]
        assert iomjobs.loads(json.dumps(document)).salary == attrs.evolve(salary, basis=None)

    def test_a_basis_that_is_none_of_the_three_is_refused_with_its_path(self) -> None:
        document = json.loads(iomjobs.dumps(_notice(Salary(Decimal(35000), MDL))))
        document["salary"]["basis"] = "tax free"
        for read in (iomjobs.loads, lambda text: iomjobs.from_dict(json.loads(text))):
            with pytest.raises(InvalidDocument) as refused:
                read(json.dumps(document))
            assert refused.value.path == "$.salary.basis"

    @pytest.mark.parametrize(
        ("key", "value", "message"),
        [
            ("amount", 35000, "expected a string"),
            ("amount", "3.5e4", "Invalid amount"),
            ("amount", "35,000", "Invalid amount"),
            ("amount", " 35000", "Invalid amount"),  # Decimal() itself would take it
            ("amount", "0", "Invalid amount"),
            ("amount", "NaN", "Invalid amount"),
            ("currency", "XYZ", "Invalid currency"),
            ("currency", "usd", "Invalid currency"),
            ("period", "monthly", "Invalid PayPeriod"),
            ("maximum", "100", "Invalid maximum"),
        ],
    )
    def test_a_wrong_value_is_named_by_its_path(
        self, key: str, value: object, message: str
    ) -> None:
        document = iomjobs.to_dict(_notice(Salary(Decimal(35000), MDL, PayPeriod.MONTH)))
        document["salary"][key] = value
        data = json.dumps(document).encode()
        with pytest.raises(InvalidDocument, match=message) as caught:
            iomjobs.loads(data)
        assert caught.value.errors[0].path == f"$.salary.{key}"

    def test_the_schema_says_the_same(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        schema = iomjobs.json_schema()
        document = iomjobs.to_dict(_notice(Salary(Decimal(35000), MDL, PayPeriod.MONTH)))
        jsonschema.validate(document, schema)
        for amount in ("0", "3.5e4", "035000", "0.00"):
            document["salary"]["amount"] = amount
            with pytest.raises(jsonschema.ValidationError):
                jsonschema.validate(document, schema)
        document["salary"]["amount"] = "0.50"
        jsonschema.validate(document, schema)


class TestReader:
    def test_the_real_header_table_gives_google_its_pay(self) -> None:
        # "All Inclusive Salary:" / ":" / "35000 MDL per month" (IOM Moldova, 2022);
        # how the table is read is tested in test_parse.py.
        result = parse_notice(FIXTURE.read_text("utf-8"))
        assert result.notice.salary == Salary(
            Decimal(35000),
            MDL,
            PayPeriod.MONTH,
            as_written="35000 MDL per month",
            basis=PayBasis.ALL_INCLUSIVE,  # the label's
        )
        posting = iomjobs.to_jsonld(result.notice)
        assert posting["baseSalary"]["value"] == {
            "@type": "QuantitativeValue",
            "value": 35000,
            "unitText": "MONTH",
        }

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("All Inclusive Salary: 35000 MDL per month", ("35000", None, "MDL", "month")),
            ("Monthly Salary: USD 1,500", ("1500", None, "USD", "month")),
            ("Salary: USD 1,500 - 2,000 a month", ("1500", "2000", "USD", "month")),
            ("Salary: USD1500 (gross) per month", ("1500", None, "USD", "month")),
            ("Annual salary: USD 45,000.50", ("45000.50", None, "USD", "year")),
            ("Salaire mensuel : 1 500 000 XOF", ("1500000", None, "XOF", "month")),
            ("Salaire : 1 500,50 € par mois", ("1500.50", None, "EUR", "month")),
            ("Salario: US$ 2.500 por mes", ("2500", None, "USD", "month")),
            ("Remuneração: 3.000,00 EUR por mês", ("3000.00", None, "EUR", "month")),
            ("Salary: 12 USD per hour", ("12", None, "USD", "hour")),
            ("Salary: USD 12 an hour", ("12", None, "USD", "hour")),
            ("Salaire : 24 000 EUR par an", ("24000", None, "EUR", "year")),
            ("Salary: ALL 80,000", ("80000", None, "ALL", None)),
            # Boards' and consultancy calls' labels: the lines had been context.
            ("Salary Range: USD 1,500 - 2,000 per month", ("1500", "2000", "USD", "month")),
            ("Daily rate: USD 300", ("300", None, "USD", "day")),
            ("Compensation: USD 250 per day", ("250", None, "USD", "day")),
            ("Honorarios: USD 3,000 mensuales", ("3000", None, "USD", "month")),
            ("Honoraires : 500 USD par jour", ("500", None, "USD", "day")),
        ],
    )
    def test_a_salary_field(
        self, line: str, expected: tuple[str, str | None, str, str | None]
    ) -> None:
        text = f"Position Title: Project Assistant\nDuty Station: Chisinau, Moldova\n{line}\n"
        result = parse_notice(text)
        salary = result.notice.salary
        assert salary is not None
        amount, maximum, currency, period = expected
        assert salary.amount == Decimal(amount)
        assert str(salary.amount) == amount  # the digits as written
        assert salary.maximum == (Decimal(maximum) if maximum else None)
        assert salary.currency == Currency(currency)
        assert (salary.period.value if salary.period else None) == period
        assert salary.as_written == line.partition(":")[2].strip()
        assert result.span_for("$.salary") is not None
        assert result.notice.unclassified == ()

    @pytest.mark.parametrize(
        ("line", "basis"),
        [
            # IOM Moldova's call (2022): the label says what the amount is.
            ("All Inclusive Salary: 35000 MDL per month", PayBasis.ALL_INCLUSIVE),
            ("Monthly Salary: MDL 35,000.00 (gross)", PayBasis.GROSS),
            ("Salaire mensuel brut : 1 500 000 XOF", PayBasis.GROSS),
            ("Net monthly salary: USD 1,500", PayBasis.NET),
            ("Remuneração: 3.000,00 EUR por mês (líquido)", PayBasis.NET),
            ("Salario: US$ 2.500 por mes, todo incluido", PayBasis.ALL_INCLUSIVE),
            # The plural, as Spanish writes it with "mensuales": no basis had been read.
            ("Salario: 3.000 € brutos mensuales", PayBasis.GROSS),
            ("Salary: USD 1,500 - 2,000 a month", None),
            ("Gross salary: USD 1,500 (net USD 1,200)", None),  # both: neither is read
        ],
    )
    def test_the_basis_a_label_or_the_value_says(self, line: str, basis: PayBasis | None) -> None:
        text = f"Position Title: Project Assistant\nDuty Station: Chisinau, Moldova\n{line}\n"
        salary = parse_notice(text).notice.salary
        assert salary is not None
        assert salary.basis is basis

    @pytest.mark.parametrize(
        "value",
        [
            "negotiable",
            "As per IOM salary scale",
            "$ 1,500 per month",  # a dozen currencies write "$"
            "1,500 per month",
            "1,500,00 USD",  # one sign between the groups and before the decimals
            "2,000 - 1,500 USD",
            "1,500 USD - 2,000 EUR",
        ],
    )
    def test_a_value_that_is_no_salary_is_kept_as_written(self, value: str) -> None:
        text = (
            f"Position Title: Project Assistant\nDuty Station: Chisinau, Moldova\nSalary: {value}\n"
        )
        result = parse_notice(text)
        assert result.notice.salary is None
        assert [line.text for line in result.notice.unclassified] == [f"Salary: {value}"]

    @pytest.mark.parametrize(
        ("station", "line", "currency"),
        [
            # "FCFA" is West Africa's franc in Senegal and Mali, Central Africa's in
            # Cameroon: the line had been kept unclassified, no salary read.
            ("Lieu d'affectation : Dakar, Sénégal", "Salaire : 850 000 FCFA par mois", "XOF"),
            ("Lieu d'affectation : Bamako, Mali", "Salaire mensuel brut : 1 200 000 F CFA", "XOF"),
            ("Lieu d'affectation : Yaoundé, Cameroun", "Salaire : 850 000 FCFA par mois", "XAF"),
            # A sign several currencies write, as the station's country writes its own:
            # the lines had been kept unclassified, no salary read.
            ("Duty Station: Mexico City, Mexico", "Salary: $1,500 per month", "MXN"),
            ("Duty Station: San Salvador, El Salvador", "Salary: $1,500 per month", "USD"),
            ("Duty Station: Guatemala City, Guatemala", "Salario: Q10,000.00 mensuales", "GTQ"),
            ("Duty Station: Brasília, Brazil", "Salário: R$ 5.000,00 por mês", "BRL"),
            ("Duty Station: Nairobi, Kenya", "Salary: KSh. 150,000 per month", "KES"),
            ("Duty Station: Nairobi, Kenya", "Salary: 150,000 Ksh per month", "KES"),
        ],
    )
    @pytest.mark.parametrize("pay_first", [False, True])
    def test_local_money_is_the_duty_stations_currency(
        self, station: str, line: str, currency: str, *, pay_first: bool
    ) -> None:
        # The station below the pay too: the line had been kept unclassified there.
        lines = [line, station] if pay_first else [station, line]
        result = parse_notice("Position Title: Driver\n" + "\n".join(lines) + "\n")
        salary = result.notice.salary
        assert salary is not None
        written = line.partition(":")[2].strip()
        assert (salary.currency, salary.as_written) == (Currency(currency), written)
        assert salary.period is PayPeriod.MONTH
        assert result.is_inferred("$.salary.currency")
        assert result.span_for("$.salary") == (Span(2, 2) if pay_first else Span(3, 3))
        assert result.notice.unclassified == ()

    @pytest.mark.parametrize(
        ("station", "line"),
        [
            # A country that writes none of its currencies so, or no station read.
            ("Dakar, Senegal", "Salary: $1,500 per month"),
            ("Mexico City, Mexico", "Salary: Q 10,000 per month"),
            (None, "Salary: $1,500 per month"),
        ],
    )
    def test_a_sign_of_no_station_s_currency_is_kept(self, station: str | None, line: str) -> None:
        where = f"Duty Station: {station}\n" if station else ""
        result = parse_notice(f"Position Title: Driver\n{where}{line}\n")
        assert result.notice.salary is None
        assert [each.text for each in result.notice.unclassified] == [line]

    @pytest.mark.parametrize(
        "text",
        [
            # A station outside the franc's zones, before the pay or after it; none.
            "Titre du poste : Chauffeur\nLieu d'affectation : Nairobi, Kenya\n"
            "Salaire : 850 000 FCFA par mois\n",
            "Titre du poste : Chauffeur\nSalaire : 850 000 FCFA par mois\n"
            "Lieu d'affectation : Nairobi, Kenya\n",
            "Titre du poste : Chauffeur\nSalaire : 850 000 FCFA par mois\n",
        ],
    )
    def test_cfa_francs_of_no_zone_read_are_kept_as_written(self, text: str) -> None:
        result = parse_notice(text)
        assert result.notice.salary is None
        assert [line.text for line in result.notice.unclassified] == [
            "Salaire : 850 000 FCFA par mois"
        ]

    def test_grade_and_salary_in_one_field(self) -> None:
        """IOM's offices in the US (unjobnet, 2026): "Grade & Salary: G7 (USD 7482.25 Monthly)"."""
        result = parse_notice(LAYOUTS / "board_grade_and_salary.txt")
        notice = result.notice
        assert notice.position.grade == Grade.parse("G7")
        assert notice.salary == Salary(
            Decimal("7482.25"), USD, PayPeriod.MONTH, as_written="USD 7482.25 Monthly"
        )
        assert result.span_for("$.salary") == result.span_for("$.position.grade") == Span(17, 17)
        assert "Grade & Salary: G7 (USD 7482.25 Monthly)" not in notice.context
        assert all("Grade" not in line.text for line in notice.unclassified)

    @pytest.mark.parametrize(
        ("value", "grade", "amount"),
        [
            ("G5 (USD 5,508.33 Monthly)", "G5", "5508.33"),
            ("G5", "G5", None),
            ("G5 (to be confirmed)", "G5", None),
            ("To be confirmed (USD 5,508.33 Monthly)", None, "5508.33"),
        ],
    )
    def test_what_a_grade_and_salary_field_gives(
        self, value: str, grade: str | None, amount: str | None
    ) -> None:
        line = f"Grade & Salary: {value}"
        notice = parse_notice(f"Position Title: Movement Operations Associate\n{line}\n").notice
        assert notice.position.grade == (Grade.parse(grade) if grade else None)
        assert (notice.salary.amount if notice.salary else None) == (
            Decimal(amount) if amount else None
        )
        # Words neither field holds keep the line as written.
        kept = value not in {"G5", "G5 (USD 5,508.33 Monthly)"}
        assert [each.text for each in notice.unclassified] == ([line] if kept else [])

    def test_a_boards_summary_with_a_salary_stays_the_boards(self) -> None:
        # unjoblink (2025): "• Salary:" / "negotiable / YEAR" among the board's items.
        text = (
            "IOM : Project Administrative Assistant – Maputo\n\n  • Location:\n  • Salary:\n"
            "    negotiable / YEAR\n\nText.\n"
        )
        notice = parse_notice(text).notice
        assert notice.salary is None
        assert [s.city for s in notice.position.duty_stations] == ["Maputo"]


class TestJsonLd:
    def test_a_range_and_no_period(self) -> None:
        salary = Salary(Decimal("1500.50"), USD, maximum=Decimal(2000))
        assert iomjobs.to_jsonld(_notice(salary))["baseSalary"] == {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "minValue": 1500.5, "maxValue": 2000},
        }

    def test_a_salary_is_what_google_recommends(self) -> None:
        def paths(notice: VacancyNotice) -> list[str]:
            return [issue.path for issue in iomjobs.check_jsonld(iomjobs.to_jsonld(notice))]

        assert "$.baseSalary" in paths(_notice(None))
        assert "$.baseSalary" not in paths(_notice(Salary(Decimal(35000), MDL)))


@given(salaries())
def test_generated_salaries_go_through_json(salary: Salary) -> None:
    notice = _notice(salary)
    read = iomjobs.loads(iomjobs.dumps(notice))
    assert read == notice
    assert read.salary is not None
    assert str(read.salary.amount) == str(salary.amount)  # the same digits, not only the value


@given(currencies())
def test_generated_currencies_are_iso_4217(currency: Currency) -> None:
    assert is_currency_code(currency.code)


def test_evolve_checks_a_salary_again() -> None:
    salary = Salary(Decimal(1500), USD)
    with pytest.raises(InvalidValue):
        attrs.evolve(salary, maximum=Decimal(100))
