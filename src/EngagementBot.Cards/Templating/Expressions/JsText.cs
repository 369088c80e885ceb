using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace EngagementBot.Cards.Templating.Expressions;

/// <summary>
/// JavaScript's string conversion (<c>String(value)</c>), which the official templating engine uses
/// when it puts values into interpolated strings: numbers in JavaScript's shortest form, arrays
/// joined with commas, objects as <c>[object Object]</c>.
/// </summary>
internal static class JsText
{
    public static string ToText(in Value value) => value.Kind switch
    {
        ValueKind.Undefined => "undefined",
        ValueKind.Null => "null",
        ValueKind.Boolean => value.Boolean ? "true" : "false",
        ValueKind.Number => FormatNumber(value.Number),
        ValueKind.String => value.String,
        ValueKind.Array => JoinArray(value.Array, ","),
        _ => "[object Object]",
    };

    /// <summary><c>Array.prototype.join</c>: null and undefined items become empty text.</summary>
    public static string JoinArray(JsonArray array, string separator)
    {
        var builder = new StringBuilder();
        AppendJoined(builder, array, 0, array.Count, separator);
        return builder.ToString();
    }

    public static void AppendJoined(StringBuilder builder, JsonArray array, int start, int end, string separator)
    {
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                builder.Append(separator);
            }

            var item = Value.FromNode(array[i]);
            if (!item.IsNullish)
            {
                builder.Append(ToText(item));
            }
        }
    }

    /// <summary>JavaScript's Number::toString for finite and non-finite doubles.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        // .NET's round-trip format yields the same shortest digits as JavaScript; only the layout differs.
        var roundTrip = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var (digits, pointPosition) = Decompose(roundTrip);
        var text = Layout(digits, pointPosition);
        return number < 0 ? "-" + text : text;
    }

    /// <summary>Splits "1.5E-07" style text into significant digits and the decimal point position.</summary>
    private static (string Digits, int PointPosition) Decompose(string roundTrip)
    {
        var exponent = 0;
        var mantissa = roundTrip;
        var e = roundTrip.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = roundTrip[..e];
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot >= 0 ? dot : mantissa.Length;
        var digits = dot >= 0 ? string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1)) : mantissa;
        var pointPosition = integerLength + exponent;

        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, pointPosition - leadingZeros);
    }

    private static string Layout(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return string.Concat(digits.AsSpan(0, n), ".", digits.AsSpan(n));
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent >= 0 ? "+" : "-";
        var mantissa = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
