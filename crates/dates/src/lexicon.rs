//! The temporal vocabulary: what each word can mean, and which words trigger a closer look.

use std::sync::OnceLock;

/// Calendar and clock units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Seasons, in TIMEX3 notation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month a season starts in (northern hemisphere, meteorological).
    pub(crate) const fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// Parts of the day, TIMEX3 codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
    /// Used as a clock time (`noon`, `midnight`).
    Noon,
    Midnight,
}

impl Part {
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night | Part::Midnight => "NI",
            Part::Noon => "MI",
        }
    }
}

/// Words that point at the present, past or future without a calendar value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum RefKind {
    Present,
    Past,
    Future,
}

impl RefKind {
    pub(crate) const fn value(self) -> &'static str {
        match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        }
    }
}

/// Holidays with a fixed or computable date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    Christmas,
    ChristmasEve,
    NewYearsDay,
    NewYearsEve,
    Thanksgiving,
    Easter,
    Halloween,
    IndependenceDay,
    ValentinesDay,
    LaborDay,
    MemorialDay,
    ElectionDay,
    VeteransDay,
    BoxingDay,
    GoodFriday,
    MlkDay,
    PresidentsDay,
    MothersDay,
    FathersDay,
    StPatricksDay,
    Juneteenth,
    ColumbusDay,
    FlagDay,
    EarthDay,
    GroundhogDay,
    InaugurationDay,
    BlackFriday,
    CyberMonday,
    AshWednesday,
    PalmSunday,
    MaundyThursday,
    EasterMonday,
    AscensionDay,
    Pentecost,
    ShroveTuesday,
    RemembranceDay,
    RemembranceSunday,
    CanadaDay,
    AustraliaDay,
    BastilleDay,
    WomensDay,
}

impl Holiday {
    /// Whether the holiday's date moves from year to year (a weekday rule or Easter).
    pub(crate) fn moves(self) -> bool {
        matches!(
            self,
            Holiday::Thanksgiving
                | Holiday::LaborDay
                | Holiday::MemorialDay
                | Holiday::ElectionDay
                | Holiday::Easter
                | Holiday::GoodFriday
                | Holiday::MlkDay
                | Holiday::PresidentsDay
                | Holiday::MothersDay
                | Holiday::FathersDay
                | Holiday::ColumbusDay
                | Holiday::BlackFriday
                | Holiday::CyberMonday
                | Holiday::AshWednesday
                | Holiday::PalmSunday
                | Holiday::MaundyThursday
                | Holiday::EasterMonday
                | Holiday::AscensionDay
                | Holiday::Pentecost
                | Holiday::ShroveTuesday
                | Holiday::RemembranceSunday
        )
    }
}

/// Words that place an expression relative to now (or to an anchor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Rel {
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Following,
    Same,
    That,
    Current,
    Latest,
    Recent,
    Prior,
}

/// Words that modify a quantity or a position in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ModWord {
    About,
    Nearly,
    More,
    Less,
    Fewer,
    Over,
    Under,
    Least,
    Most,
    Up,
    Early,
    Earlier,
    Late,
    Later,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Half,
    Turn,
    Close,
    Just,
    Some,
    Well,
}

/// Function words the grammar looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Fw {
    The,
    A,
    An,
    Of,
    And,
    Or,
    To,
    Through,
    Until,
    Between,
    From,
    In,
    On,
    At,
    Since,
    By,
    During,
    For,
    Within,
    Per,
    Every,
    Each,
    Other,
    These,
    Those,
    Its,
    Fiscal,
    Ago,
    Hence,
    Before,
    After,
    Ahead,
    Now,
    Than,
    No,
    Times,
    Once,
    Twice,
    Thrice,
    Several,
    Few,
    Couple,
    Many,
    Dozens,
    Hundreds,
    Thousands,
    Additional,
    Straight,
    Consecutive,
    Full,
    Whole,
    Entire,
    Old,
    Long,
    So,
    Beyond,
    Term,
    OClock,
    Ending,
    Another,
    Eve,
    New,
    Present,
    Moment,
    Time,
    Number,
    Various,
    Numerous,
    Right,
    Remaining,
    Final,
    Initial,
    Ended,
    Was,
    Is,
    Date,
    /// `weekday`: a working day after `next` or `last`.
    Workday,
}

/// What a word can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Lex {
    /// Anything else.
    Other,
    /// A month name; `abbr` for `Jan`, `Sept` (with or without a period).
    Month {
        m: u8,
        abbr: bool,
    },
    /// A weekday, 1 = Monday; `plural` for `Mondays`.
    Weekday {
        d: u8,
        abbr: bool,
        plural: bool,
    },
    /// A unit word; `plural` for `years`.
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// A cardinal number word (`five`, `twenty`, `hundred`).
    NumWord(u32),
    /// An ordinal word (`first`, `third`) or `19th`.
    Ordinal(u32),
    /// A plain number written in digits (`24`, `1948`, `06`), with its digit count.
    Digits {
        n: u32,
        len: u8,
    },
    /// A date written in digits: year (None when only day and month), month, day.
    NumDate {
        y: Option<i32>,
        m: u8,
        d: u8,
    },
    /// A date and a clock in one word: `05/31/2024.14:15`, `05/31/2024:14:15`.
    NumDateTime {
        y: i32,
        m: u8,
        d: u8,
        h: u8,
        min: u8,
    },
    /// A year and a clock to the second glued by a colon, as web server logs write them
    /// after the day and month: `2023:06:36:02` in `06/Nov/2023:06:36:02`.
    YearClock {
        y: i32,
        h: u8,
        min: u8,
        sec: u8,
    },
    /// `lastmonth`, `nextweek`, `thisyear`: a relative word glued to its unit.
    RelUnit {
        rel: Rel,
        unit: Unit,
    },
    /// A day glued to a month name: `15Sep`, `3JAN`.
    DayMonth {
        d: u8,
        m: u8,
    },
    /// A month and year in digits: `9/2012`, `04/2016`.
    NumMonthYear {
        y: i32,
        m: u8,
    },
    /// An amount glued to its unit: `15min`, `2hrs`, `3mo` (units that are no other word).
    NumUnit {
        n: u32,
        unit: Unit,
        plural: bool,
    },
    /// A clock time in digits (`5:30`, `14:45`).
    Clock {
        h: u8,
        min: u8,
    },
    /// A decade in digits: `1990s` is two tokens, but `'90s` and `1990's` are one: the
    /// decade number (`199`) or the two-digit form (`9` for `'90s`, `Some(century)` unknown).
    Decade {
        decade: i32,
        short: bool,
    },
    /// A decade word: `nineties` → 9.
    DecadeWord(u8),
    /// `Q1`…`Q4`.
    QuarterTok(u8),
    /// `H1`, `H2`.
    HalfTok(u8),
    /// `FY2024`, `FY24`.
    FiscalYear(i32),
    Season(Season),
    Part(Part),
    /// `today` (0), `yesterday` (-1), `tomorrow` (1), `tonight` (0, night).
    DayDeictic {
        offset: i8,
        night: bool,
    },
    RefWord(RefKind),
    Rel(Rel),
    Mod(ModWord),
    Fw(Fw),
    /// `a.m.` (false) or `p.m.` (true).
    AmPm(bool),
    /// A time-zone abbreviation.
    Zone,
    /// `BC`, `AD`, `BCE`, `CE`: true for BC.
    Era(bool),
    Holiday(Holiday),
    /// First word of a multiword holiday (`Independence` Day): the holiday.
    HolidayHead(Holiday),
    /// `daily`, `weekly`, …: the unit of the set.
    SetAdverb(Unit),
    /// The possessive `’s` / `'s` word.
    Possessive,
    /// A hyphen or dash (`-`, `–`, `—`).
    Dash,
    /// A comma.
    Comma,
    /// A slash.
    Slash,
    /// Other punctuation.
    Punct,
}

const fn mo(m: u8) -> Lex {
    Lex::Month { m, abbr: false }
}
const fn moa(m: u8) -> Lex {
    Lex::Month { m, abbr: true }
}
const fn wd(d: u8) -> Lex {
    Lex::Weekday { d, abbr: false, plural: false }
}
const fn wda(d: u8) -> Lex {
    Lex::Weekday { d, abbr: true, plural: false }
}
const fn wdp(d: u8) -> Lex {
    Lex::Weekday { d, abbr: false, plural: true }
}
const fn un(unit: Unit) -> Lex {
    Lex::Unit { unit, plural: false }
}
const fn unp(unit: Unit) -> Lex {
    Lex::Unit { unit, plural: true }
}

/// (word, meaning, trigger): a trigger word is enough to look at its neighbourhood.
#[rustfmt::skip]
static WORDS: &[(&str, Lex, bool)] = &[
    ("january", mo(1), true), ("february", mo(2), true), ("march", mo(3), true),
    ("april", mo(4), true), ("may", mo(5), true), ("june", mo(6), true), ("july", mo(7), true),
    ("august", mo(8), true), ("september", mo(9), true), ("october", mo(10), true),
    ("november", mo(11), true), ("december", mo(12), true),
    ("jan", moa(1), true), ("feb", moa(2), true), ("mar", moa(3), true), ("apr", moa(4), true),
    ("jun", moa(6), true), ("jul", moa(7), true), ("aug", moa(8), true), ("sep", moa(9), true),
    ("sept", moa(9), true), ("oct", moa(10), true), ("nov", moa(11), true), ("dec", moa(12), true),
    ("monday", wd(1), true), ("tuesday", wd(2), true), ("wednesday", wd(3), true),
    ("thursday", wd(4), true), ("friday", wd(5), true), ("saturday", wd(6), true),
    ("sunday", wd(7), true),
    ("mondays", wdp(1), true), ("tuesdays", wdp(2), true), ("wednesdays", wdp(3), true),
    ("thursdays", wdp(4), true), ("fridays", wdp(5), true), ("saturdays", wdp(6), true),
    ("sundays", wdp(7), true),
    ("mon", wda(1), true), ("tue", wda(2), true), ("tues", wda(2), true), ("wed", wda(3), true),
    ("thu", wda(4), true), ("thur", wda(4), true), ("thurs", wda(4), true), ("fri", wda(5), true),
    ("sat", wda(6), true), ("sun", wda(7), true),
    ("seconds", unp(Unit::Second), true), ("secs", unp(Unit::Second), true),
    ("minute", un(Unit::Minute), true), ("minutes", unp(Unit::Minute), true),
    ("mins", unp(Unit::Minute), true), ("min", un(Unit::Minute), true),
    ("hour", un(Unit::Hour), true), ("hours", unp(Unit::Hour), true), ("hr", un(Unit::Hour), true),
    ("hrs", unp(Unit::Hour), true),
    ("day", un(Unit::Day), true), ("days", unp(Unit::Day), true),
    ("week", un(Unit::Week), true), ("weeks", unp(Unit::Week), true),
    ("fortnight", un(Unit::Fortnight), true), ("fortnights", unp(Unit::Fortnight), true),
    ("weekend", un(Unit::Weekend), true), ("weekends", unp(Unit::Weekend), true),
    ("month", un(Unit::Month), true), ("months", unp(Unit::Month), true),
    ("quarter", un(Unit::Quarter), true), ("quarters", unp(Unit::Quarter), true),
    ("qtr", un(Unit::Quarter), true), ("qtrs", unp(Unit::Quarter), true),
    ("weekday", Lex::Fw(Fw::Workday), true),
    ("lastweek", Lex::RelUnit { rel: Rel::Last, unit: Unit::Week }, true),
    ("lastmonth", Lex::RelUnit { rel: Rel::Last, unit: Unit::Month }, true),
    ("lastyear", Lex::RelUnit { rel: Rel::Last, unit: Unit::Year }, true),
    ("nextweek", Lex::RelUnit { rel: Rel::Next, unit: Unit::Week }, true),
    ("nextmonth", Lex::RelUnit { rel: Rel::Next, unit: Unit::Month }, true),
    ("nextyear", Lex::RelUnit { rel: Rel::Next, unit: Unit::Year }, true),
    ("thisweek", Lex::RelUnit { rel: Rel::This, unit: Unit::Week }, true),
    ("thismonth", Lex::RelUnit { rel: Rel::This, unit: Unit::Month }, true),
    ("thisyear", Lex::RelUnit { rel: Rel::This, unit: Unit::Year }, true),
    ("year", un(Unit::Year), true), ("years", unp(Unit::Year), true),
    ("yr", un(Unit::Year), true), ("yrs", unp(Unit::Year), true),
    ("decade", un(Unit::Decade), true), ("decades", unp(Unit::Decade), true),
    ("century", un(Unit::Century), true), ("centuries", unp(Unit::Century), true),
    ("millennium", un(Unit::Millennium), true), ("millennia", unp(Unit::Millennium), true),
    ("one", Lex::NumWord(1), false), ("two", Lex::NumWord(2), false),
    ("three", Lex::NumWord(3), false), ("four", Lex::NumWord(4), false),
    ("five", Lex::NumWord(5), false), ("six", Lex::NumWord(6), false),
    ("seven", Lex::NumWord(7), false), ("eight", Lex::NumWord(8), false),
    ("nine", Lex::NumWord(9), false), ("ten", Lex::NumWord(10), false),
    ("eleven", Lex::NumWord(11), false), ("twelve", Lex::NumWord(12), false),
    ("thirteen", Lex::NumWord(13), false), ("fourteen", Lex::NumWord(14), false),
    ("fifteen", Lex::NumWord(15), false), ("sixteen", Lex::NumWord(16), false),
    ("seventeen", Lex::NumWord(17), false), ("eighteen", Lex::NumWord(18), false),
    ("nineteen", Lex::NumWord(19), true), ("twenty", Lex::NumWord(20), false),
    ("thirty", Lex::NumWord(30), false), ("forty", Lex::NumWord(40), false),
    ("fifty", Lex::NumWord(50), false), ("sixty", Lex::NumWord(60), false),
    ("seventy", Lex::NumWord(70), false), ("eighty", Lex::NumWord(80), false),
    ("ninety", Lex::NumWord(90), false), ("hundred", Lex::NumWord(100), false),
    ("thousand", Lex::NumWord(1000), false), ("dozen", Lex::NumWord(12), false),
    ("first", Lex::Ordinal(1), false), ("second", Lex::Ordinal(2), false),
    ("third", Lex::Ordinal(3), false), ("fourth", Lex::Ordinal(4), false),
    ("fifth", Lex::Ordinal(5), false), ("sixth", Lex::Ordinal(6), false),
    ("seventh", Lex::Ordinal(7), false), ("eighth", Lex::Ordinal(8), false),
    ("ninth", Lex::Ordinal(9), false), ("tenth", Lex::Ordinal(10), false),
    ("eleventh", Lex::Ordinal(11), false), ("twelfth", Lex::Ordinal(12), false),
    ("thirteenth", Lex::Ordinal(13), false), ("fourteenth", Lex::Ordinal(14), false),
    ("fifteenth", Lex::Ordinal(15), false), ("sixteenth", Lex::Ordinal(16), false),
    ("seventeenth", Lex::Ordinal(17), false), ("eighteenth", Lex::Ordinal(18), false),
    ("nineteenth", Lex::Ordinal(19), false), ("twentieth", Lex::Ordinal(20), false),
    ("twenty-first", Lex::Ordinal(21), false), ("thirtieth", Lex::Ordinal(30), false),
    ("twenties", Lex::DecadeWord(2), true), ("thirties", Lex::DecadeWord(3), true),
    ("forties", Lex::DecadeWord(4), true), ("fifties", Lex::DecadeWord(5), true),
    ("sixties", Lex::DecadeWord(6), true), ("seventies", Lex::DecadeWord(7), true),
    ("eighties", Lex::DecadeWord(8), true), ("nineties", Lex::DecadeWord(9), true),
    ("spring", Lex::Season(Season::Spring), true), ("summer", Lex::Season(Season::Summer), true),
    ("fall", Lex::Season(Season::Fall), true), ("autumn", Lex::Season(Season::Fall), true),
    ("winter", Lex::Season(Season::Winter), true),
    ("morning", Lex::Part(Part::Morning), true), ("afternoon", Lex::Part(Part::Afternoon), true),
    ("evening", Lex::Part(Part::Evening), true), ("night", Lex::Part(Part::Night), true),
    ("nights", Lex::Part(Part::Night), true),
    ("noon", Lex::Part(Part::Noon), true), ("midday", Lex::Part(Part::Noon), true),
    ("midnight", Lex::Part(Part::Midnight), true), ("overnight", Lex::Part(Part::Night), true),
    ("today", Lex::DayDeictic { offset: 0, night: false }, true),
    ("yesterday", Lex::DayDeictic { offset: -1, night: false }, true),
    ("tomorrow", Lex::DayDeictic { offset: 1, night: false }, true),
    ("tmr", Lex::DayDeictic { offset: 1, night: false }, true),
    ("tmrw", Lex::DayDeictic { offset: 1, night: false }, true),
    ("tonight", Lex::DayDeictic { offset: 0, night: true }, true),
    ("now", Lex::Fw(Fw::Now), true),
    ("currently", Lex::RefWord(RefKind::Present), true),
    ("nowadays", Lex::RefWord(RefKind::Present), true),
    
    ("recently", Lex::RefWord(RefKind::Past), true), ("lately", Lex::RefWord(RefKind::Past), true),
    
    
    
    ("future", Lex::Fw(Fw::Term), true),
    ("past", Lex::Rel(Rel::Past), true),
    ("present", Lex::Fw(Fw::Present), false),
    ("moment", Lex::Fw(Fw::Moment), false),
    ("time", Lex::Fw(Fw::Time), false),
    ("last", Lex::Rel(Rel::Last), false), ("next", Lex::Rel(Rel::Next), false),
    ("this", Lex::Rel(Rel::This), false), ("coming", Lex::Rel(Rel::Coming), false),
    ("upcoming", Lex::Rel(Rel::Coming), false),
    ("previous", Lex::Rel(Rel::Previous), false), ("preceding", Lex::Rel(Rel::Previous), false),
    ("following", Lex::Rel(Rel::Following), false), ("same", Lex::Rel(Rel::Same), false),
    ("that", Lex::Rel(Rel::That), false), ("current", Lex::Rel(Rel::Current), false),
    ("latest", Lex::Rel(Rel::Latest), false), ("recent", Lex::Rel(Rel::Recent), true),
    ("prior", Lex::Rel(Rel::Prior), false),
    ("about", Lex::Mod(ModWord::About), false), ("around", Lex::Mod(ModWord::About), false),
    ("approximately", Lex::Mod(ModWord::About), false),
    ("roughly", Lex::Mod(ModWord::About), false), ("some", Lex::Mod(ModWord::Some), false),
    ("nearly", Lex::Mod(ModWord::Nearly), false), ("almost", Lex::Mod(ModWord::Nearly), false),
    ("more", Lex::Mod(ModWord::More), false), ("less", Lex::Mod(ModWord::Less), false),
    ("fewer", Lex::Mod(ModWord::Fewer), false), ("over", Lex::Mod(ModWord::Over), false),
    ("under", Lex::Mod(ModWord::Under), false), ("least", Lex::Mod(ModWord::Least), false),
    ("most", Lex::Mod(ModWord::Most), false), ("up", Lex::Mod(ModWord::Up), false),
    ("early", Lex::Mod(ModWord::Early), false), ("earlier", Lex::Mod(ModWord::Earlier), false),
    ("late", Lex::Mod(ModWord::Late), false), ("later", Lex::Mod(ModWord::Later), false),
    ("mid", Lex::Mod(ModWord::Mid), false), ("middle", Lex::Mod(ModWord::Middle), false),
    ("beginning", Lex::Mod(ModWord::Beginning), false),
    ("start", Lex::Mod(ModWord::Start), false), ("end", Lex::Mod(ModWord::End), false),
    ("half", Lex::Mod(ModWord::Half), false), ("turn", Lex::Mod(ModWord::Turn), false),
    ("close", Lex::Mod(ModWord::Close), false), ("just", Lex::Mod(ModWord::Just), false),
    ("well", Lex::Mod(ModWord::Well), false),
    ("the", Lex::Fw(Fw::The), false), ("a", Lex::Fw(Fw::A), false), ("an", Lex::Fw(Fw::An), false),
    ("of", Lex::Fw(Fw::Of), false), ("and", Lex::Fw(Fw::And), false), ("or", Lex::Fw(Fw::Or), false),
    ("to", Lex::Fw(Fw::To), false), ("through", Lex::Fw(Fw::Through), false),
    ("thru", Lex::Fw(Fw::Through), false), ("until", Lex::Fw(Fw::Until), false),
    ("till", Lex::Fw(Fw::Until), false), ("between", Lex::Fw(Fw::Between), false),
    ("from", Lex::Fw(Fw::From), false), ("in", Lex::Fw(Fw::In), false),
    ("on", Lex::Fw(Fw::On), false), ("at", Lex::Fw(Fw::At), false),
    ("since", Lex::Fw(Fw::Since), false), ("by", Lex::Fw(Fw::By), false),
    ("during", Lex::Fw(Fw::During), false), ("for", Lex::Fw(Fw::For), false),
    ("within", Lex::Fw(Fw::Within), false), ("per", Lex::Fw(Fw::Per), false),
    ("every", Lex::Fw(Fw::Every), false), ("each", Lex::Fw(Fw::Each), false),
    ("other", Lex::Fw(Fw::Other), false), ("these", Lex::Fw(Fw::These), false),
    ("those", Lex::Fw(Fw::Those), false), ("its", Lex::Fw(Fw::Its), false),
    ("fiscal", Lex::Fw(Fw::Fiscal), false), ("ago", Lex::Fw(Fw::Ago), true),
    ("hence", Lex::Fw(Fw::Hence), false), ("before", Lex::Fw(Fw::Before), false),
    ("after", Lex::Fw(Fw::After), false), ("ahead", Lex::Fw(Fw::Ahead), false),
    ("than", Lex::Fw(Fw::Than), false), ("no", Lex::Fw(Fw::No), false),
    ("times", Lex::Fw(Fw::Times), false), ("once", Lex::Fw(Fw::Once), false),
    ("twice", Lex::Fw(Fw::Twice), false), ("thrice", Lex::Fw(Fw::Thrice), false),
    ("several", Lex::Fw(Fw::Several), false), ("few", Lex::Fw(Fw::Few), false),
    ("couple", Lex::Fw(Fw::Couple), false), ("many", Lex::Fw(Fw::Many), false),
    ("dozens", Lex::Fw(Fw::Dozens), false), ("hundreds", Lex::Fw(Fw::Hundreds), false),
    ("thousands", Lex::Fw(Fw::Thousands), false), ("additional", Lex::Fw(Fw::Additional), false),
    ("straight", Lex::Fw(Fw::Straight), false), ("consecutive", Lex::Fw(Fw::Consecutive), false),
    ("full", Lex::Fw(Fw::Full), false), ("whole", Lex::Fw(Fw::Whole), false),
    ("entire", Lex::Fw(Fw::Entire), false), ("old", Lex::Fw(Fw::Old), false),
    ("long", Lex::Fw(Fw::Long), false), ("so", Lex::Fw(Fw::So), false),
    ("beyond", Lex::Fw(Fw::Beyond), false), ("term", Lex::Fw(Fw::Term), true),
    ("another", Lex::Fw(Fw::Another), false), ("eve", Lex::Fw(Fw::Eve), false),
    ("new", Lex::Fw(Fw::New), false), ("number", Lex::Fw(Fw::Number), false),
    ("various", Lex::Fw(Fw::Various), false), ("numerous", Lex::Fw(Fw::Numerous), false),
    ("right", Lex::Fw(Fw::Right), false), ("remaining", Lex::Fw(Fw::Remaining), false),
    ("final", Lex::Fw(Fw::Final), false), ("initial", Lex::Fw(Fw::Initial), false),
    ("ended", Lex::Fw(Fw::Ended), false), ("ending", Lex::Fw(Fw::Ending), false),
    ("was", Lex::Fw(Fw::Was), false), ("is", Lex::Fw(Fw::Is), false),
    ("date", Lex::Fw(Fw::Date), false),
    ("o'clock", Lex::Fw(Fw::OClock), false), ("o’clock", Lex::Fw(Fw::OClock), false),
    ("am", Lex::AmPm(false), false), ("pm", Lex::AmPm(true), false),
    ("a.m.", Lex::AmPm(false), false), ("p.m.", Lex::AmPm(true), false),
    ("a.m", Lex::AmPm(false), false), ("p.m", Lex::AmPm(true), false),
    ("jst", Lex::Zone, false), ("est", Lex::Zone, false), ("edt", Lex::Zone, false), ("cst", Lex::Zone, false),
    ("cdt", Lex::Zone, false), ("mst", Lex::Zone, false), ("mdt", Lex::Zone, false),
    ("pst", Lex::Zone, false), ("pdt", Lex::Zone, false), ("gmt", Lex::Zone, false),
    ("utc", Lex::Zone, false), ("bst", Lex::Zone, false), ("cet", Lex::Zone, false),
    ("cest", Lex::Zone, false), ("et", Lex::Zone, false), ("ist", Lex::Zone, false),
    ("bc", Lex::Era(true), false), ("b.c.", Lex::Era(true), false), ("bce", Lex::Era(true), false),
    ("ad", Lex::Era(false), false), ("a.d.", Lex::Era(false), false),
    ("ce", Lex::Era(false), false),
    ("christmas", Lex::Holiday(Holiday::Christmas), true),
    ("xmas", Lex::Holiday(Holiday::Christmas), true),
    ("thanksgiving", Lex::Holiday(Holiday::Thanksgiving), true),
    ("easter", Lex::Holiday(Holiday::Easter), true),
    ("halloween", Lex::Holiday(Holiday::Halloween), true),
    ("independence", Lex::HolidayHead(Holiday::IndependenceDay), false),
    ("valentine", Lex::HolidayHead(Holiday::ValentinesDay), false),
    ("labor", Lex::HolidayHead(Holiday::LaborDay), false),
    ("labour", Lex::HolidayHead(Holiday::LaborDay), false),
    ("memorial", Lex::HolidayHead(Holiday::MemorialDay), false),
    ("election", Lex::HolidayHead(Holiday::ElectionDay), false),
    ("veterans", Lex::HolidayHead(Holiday::VeteransDay), false),
    ("boxing", Lex::HolidayHead(Holiday::BoxingDay), false),
    ("good", Lex::HolidayHead(Holiday::GoodFriday), false),
    ("juneteenth", Lex::Holiday(Holiday::Juneteenth), true),
    ("pentecost", Lex::Holiday(Holiday::Pentecost), true),
    ("mlk", Lex::HolidayHead(Holiday::MlkDay), false),
    ("king", Lex::HolidayHead(Holiday::MlkDay), false),
    ("presidents", Lex::HolidayHead(Holiday::PresidentsDay), false),
    ("mother", Lex::HolidayHead(Holiday::MothersDay), false),
    ("mothers", Lex::HolidayHead(Holiday::MothersDay), false),
    ("father", Lex::HolidayHead(Holiday::FathersDay), false),
    ("fathers", Lex::HolidayHead(Holiday::FathersDay), false),
    ("patrick", Lex::HolidayHead(Holiday::StPatricksDay), false),
    ("columbus", Lex::HolidayHead(Holiday::ColumbusDay), false),
    ("flag", Lex::HolidayHead(Holiday::FlagDay), false),
    ("earth", Lex::HolidayHead(Holiday::EarthDay), false),
    ("groundhog", Lex::HolidayHead(Holiday::GroundhogDay), false),
    ("inauguration", Lex::HolidayHead(Holiday::InaugurationDay), false),
    ("black", Lex::HolidayHead(Holiday::BlackFriday), false),
    ("cyber", Lex::HolidayHead(Holiday::CyberMonday), false),
    ("ash", Lex::HolidayHead(Holiday::AshWednesday), false),
    ("palm", Lex::HolidayHead(Holiday::PalmSunday), false),
    ("maundy", Lex::HolidayHead(Holiday::MaundyThursday), false),
    ("ascension", Lex::HolidayHead(Holiday::AscensionDay), false),
    ("shrove", Lex::HolidayHead(Holiday::ShroveTuesday), false),
    ("remembrance", Lex::HolidayHead(Holiday::RemembranceDay), false),
    ("canada", Lex::HolidayHead(Holiday::CanadaDay), false),
    ("australia", Lex::HolidayHead(Holiday::AustraliaDay), false),
    ("bastille", Lex::HolidayHead(Holiday::BastilleDay), false),
    ("women", Lex::HolidayHead(Holiday::WomensDay), false),
    ("daily", Lex::SetAdverb(Unit::Day), true), ("nightly", Lex::SetAdverb(Unit::Day), true),
    ("weekly", Lex::SetAdverb(Unit::Week), true), ("monthly", Lex::SetAdverb(Unit::Month), true),
    
    ("annually", Lex::SetAdverb(Unit::Year), true), ("yearly", Lex::SetAdverb(Unit::Year), true),
    ("hourly", Lex::SetAdverb(Unit::Hour), true),
    ("biweekly", Lex::SetAdverb(Unit::Fortnight), true),
];

/// The words in an open-addressing hash table keyed by the lowercased word packed into a
/// `u128` (every word of the list fits in 16 bytes): one multiply and usually one probe.
struct Table {
    slots: Vec<Option<(u128, Lex, bool)>>,
    /// For each pair of first two letters (`a`–`z`), a bit per length (up to 15) that some
    /// trigger word has: most words are rejected with one load.
    pairs: Vec<u16>,
}

fn pair_index(word: &[u8]) -> Option<usize> {
    let a = word.first()?.to_ascii_lowercase();
    let b = word.get(1)?.to_ascii_lowercase();
    (a.is_ascii_lowercase() && b.is_ascii_lowercase())
        .then(|| usize::from(a - b'a') * 26 + usize::from(b - b'a'))
}

const TABLE_BITS: u32 = 10;

/// The lowercased word as a key, or `None` if it is empty or longer than 16 bytes.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    // The bytes, zero-padded to 16, lowercased eight at a time.
    let mut buf = [0u8; 16];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    let (lo, hi) = buf.split_at(8);
    let lo = u64::from_le_bytes(lo.try_into().ok()?);
    let hi = u64::from_le_bytes(hi.try_into().ok()?);
    Some(u128::from(lower8(lo)) | (u128::from(lower8(hi)) << 64))
}

/// [`u8::to_ascii_lowercase`] on each byte of `w` at once (SWAR): `A`–`Z` gain 0x20, the
/// other bytes are unchanged.
#[inline]
fn lower8(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // On the seven low bits of each byte, adding at most 0x7F never carries into the next
    // byte; the high bit then tells whether the byte reached the bound.
    let x = w & !HIGH;
    let upper = (x + ONES * (0x80 - b'A' as u64)) & !(x + ONES * (0x7F - b'Z' as u64)) & !w & HIGH;
    w | (upper >> 2)
}

#[inline]
fn slot_of(key: u128) -> usize {
    let h =
        ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - TABLE_BITS)) as usize
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let size = 1usize << TABLE_BITS;
        let mut slots = vec![None; size];
        for &(w, lex, trig) in WORDS {
            let Some(key) = pack(w.as_bytes()) else { continue };
            let mut i = slot_of(key);
            // The table is less than a quarter full, so a free slot is always found.
            for _ in 0..size {
                match slots.get(i) {
                    Some(None) => {
                        if let Some(slot) = slots.get_mut(i) {
                            *slot = Some((key, lex, trig));
                        }
                        break;
                    }
                    Some(Some((k, _, _))) if *k == key => break,
                    _ => i = (i + 1) & (size - 1),
                }
            }
        }
        let mut pairs = vec![0u16; 26 * 26];
        for &(w, _, trig) in WORDS {
            if let (true, Some(p)) = (trig, pair_index(w.as_bytes()))
                && w.len() < 16
                && let Some(m) = pairs.get_mut(p)
            {
                *m |= 1 << w.len();
            }
        }
        Table { slots, pairs }
    })
}

#[inline]
fn lookup(word: &[u8]) -> Option<(Lex, bool)> {
    let key = pack(word)?;
    let t = table();
    let mask = t.slots.len() - 1;
    let mut i = slot_of(key);
    loop {
        match t.slots.get(i)? {
            None => return None,
            Some((k, lex, trig)) if *k == key => return Some((*lex, *trig)),
            Some(_) => i = (i + 1) & mask,
        }
    }
}

/// The words that open a prefilter region (whatever their case; month and weekday names
/// need a capital or a whole lowercase name that is no other word, see
/// [`is_trigger_word`]).
pub(crate) fn trigger_words() -> impl Iterator<Item = &'static str> {
    WORDS.iter().filter(|w| w.2).map(|w| w.0)
}

/// True if an ASCII letter run is a trigger word.
#[inline]
pub(crate) fn is_trigger_word(word: &[u8]) -> bool {
    let len = word.len();
    if !(2..16).contains(&len) {
        return false;
    }
    let Some(mask) = pair_index(word).and_then(|p| table().pairs.get(p)) else { return false };
    if mask & (1 << len) == 0 {
        return false;
    }
    match lookup(word) {
        // Month and weekday names are dates when capitalised (`May`, not `may`), and whole
        // names in lowercase that are no other word (`september`, `tuesday`; not `may`,
        // `march`, `august`, nor short forms such as `sun`, `sat`, `jan`).
        Some((Lex::Month { abbr, .. } | Lex::Weekday { abbr, .. }, true)) => {
            word.first().is_some_and(u8::is_ascii_uppercase)
                || (!abbr
                    && word.iter().all(u8::is_ascii_lowercase)
                    && !matches!(word, b"may" | b"march" | b"august"))
        }
        Some((_, t)) => t,
        None => false,
    }
}

/// What a word (one syntactic word of a token, as in the text) means.
pub(crate) fn classify(word: &str) -> Lex {
    let b = word.as_bytes();
    let Some(&first) = b.first() else { return Lex::Other };
    if first.is_ascii_digit() {
        return classify_number(word);
    }
    if let Some((lex, _)) = lookup(b) {
        return lex;
    }
    // Abbreviations with a final period: `Jan.`, `Sept.`, `Thurs.`.
    if let Some(stem) = word.strip_suffix('.')
        && let Some((lex @ (Lex::Month { .. } | Lex::Weekday { .. }), _)) = lookup(stem.as_bytes())
    {
        return lex;
    }
    match word {
        "-" | "–" | "—" | "‐" | "‑" => return Lex::Dash,
        "," => return Lex::Comma,
        "/" => return Lex::Slash,
        "’s" | "'s" | "’S" | "'S" => return Lex::Possessive,
        _ => {}
    }
    // `'90s`, `’90s`.
    for q in ["'", "’", "‘"] {
        if let Some(rest) = word.strip_prefix(q)
            && let Some(d) = rest.strip_suffix('s').or_else(|| rest.strip_suffix('S'))
            && d.len() == 2
            && d.bytes().all(|c| c.is_ascii_digit())
            && d.ends_with('0')
        {
            let n: i32 = d.bytes().fold(0, |a, c| a * 10 + i32::from(c - b'0'));
            return Lex::Decade { decade: n / 10, short: true };
        }
    }
    // `Q3`, `H1`, `FY2024`.
    if b.len() == 2 && b[1].is_ascii_digit() {
        let n = b[1] - b'0';
        match first {
            b'Q' | b'q' if (1..=4).contains(&n) => return Lex::QuarterTok(n),
            b'H' | b'h' if (1..=2).contains(&n) => return Lex::HalfTok(n),
            _ => {}
        }
    }
    if b.len() >= 4 && (b.starts_with(b"FY") || b.starts_with(b"fy")) {
        let d = &word[2..];
        if (d.len() == 2 || d.len() == 4) && d.bytes().all(|c| c.is_ascii_digit()) {
            let n: i32 = d.bytes().fold(0, |a, c| a * 10 + i32::from(c - b'0'));
            let y = if d.len() == 2 { if n < 50 { 2000 + n } else { 1900 + n } } else { n };
            return Lex::FiscalYear(y);
        }
    }
    if word.chars().all(|c| !c.is_alphanumeric()) {
        return Lex::Punct;
    }
    Lex::Other
}

fn digits_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0u32, |a, c| a * 10 + u32::from(c - b'0')))
}

/// A unit written right after its amount: a unit word, or a short form that is only a unit
/// there (`15min`, `3mo`, `2yrs`, `3wks`, `30sec`).
pub(crate) fn glued_unit(rest: &str) -> Option<(Unit, bool)> {
    if let Some((Lex::Unit { unit, plural }, _)) = lookup(rest.as_bytes()) {
        return Some((unit, plural));
    }
    Some(match rest {
        "min" => (Unit::Minute, false),
        "sec" => (Unit::Second, false),
        "wk" => (Unit::Week, false),
        "wks" => (Unit::Week, true),
        "mo" => (Unit::Month, false),
        "mos" => (Unit::Month, true),
        "yr" => (Unit::Year, false),
        "yrs" => (Unit::Year, true),
        _ => return None,
    })
}

fn classify_number(word: &str) -> Lex {
    if let Some(n) = digits_value(word) {
        return Lex::Digits { n, len: u8::try_from(word.len()).unwrap_or(u8::MAX) };
    }
    // `15min`, `2hrs`, `3mo`, `24hours`: digits and a unit word (not a bare letter: `3m`,
    // `5s`, `3d` and `1h` are other things too).
    let cut = word.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(word.len());
    if (1..=4).contains(&cut)
        && let (Some(n), Some(rest)) = (digits_value(&word[..cut]), word.get(cut..))
        && rest.len() >= 2
        && rest.bytes().all(|b| b.is_ascii_lowercase())
        && let Some((unit, plural)) = glued_unit(rest)
    {
        return Lex::NumUnit { n, unit, plural };
    }
    let lower_suffix = |s: &str| -> Option<u32> {
        for suf in ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"] {
            if let Some(d) = s.strip_suffix(suf) {
                return digits_value(d);
            }
        }
        None
    };
    if let Some(n) = lower_suffix(word) {
        return Lex::Ordinal(n);
    }
    // `15Sep`, `3JAN`: a day and a month name glued (a lowercase name too, `15sep`).
    if (1..=2).contains(&cut)
        && let (Some(d @ 1..=31), Some(rest)) = (digits_value(&word[..cut]), word.get(cut..))
        && let Some((Lex::Month { m, .. }, _)) = lookup(rest.as_bytes())
    {
        return Lex::DayMonth { d: d as u8, m };
    }
    // `1990's`, `1990’s`.
    for suf in ["'s", "’s"] {
        if let Some(d) = word.strip_suffix(suf)
            && d.len() == 4
            && d.ends_with('0')
            && let Some(n) = digits_value(d)
        {
            return Lex::Decade { decade: (n / 10) as i32, short: false };
        }
    }
    // `05/31/2024.14:15`, `05/31/2024:14:15`: a date in digits, a dot or colon, a clock.
    if word.contains('/')
        && let Some(k) = word.rfind(':').and_then(|c| c.checked_sub(3))
        && matches!(word.as_bytes().get(k), Some(b'.' | b':'))
        && let (Some(day), Some(clock)) = (word.get(..k), word.get(k + 1..))
        && let (Lex::NumDate { y: Some(y), m, d }, Lex::Clock { h, min }) =
            (classify_number(day), classify_number(clock))
    {
        return Lex::NumDateTime { y, m, d, h, min };
    }
    // `2023:06:36:02`: a year and a clock to the second.
    if word.len() == 13 {
        let part = |r: std::ops::Range<usize>| word.get(r).and_then(digits_value);
        let colons = [4, 7, 10].iter().all(|&k| word.as_bytes().get(k) == Some(&b':'));
        if colons
            && let (Some(y @ 1000..=2999), Some(h @ 0..=23), Some(min @ 0..=59), Some(sec @ 0..=59)) =
                (part(0..4), part(5..7), part(8..10), part(11..13))
        {
            return Lex::YearClock { y: y as i32, h: h as u8, min: min as u8, sec: sec as u8 };
        }
    }
    // Clock `5:30`, `14:45`, `5:30:15`.
    if let Some((h, rest)) = word.split_once(':') {
        let m = rest.split(':').next().unwrap_or("");
        if let (Some(h), Some(min)) = (digits_value(h), digits_value(m))
            && h <= 24
            && min < 60
            && m.len() == 2
        {
            return Lex::Clock { h: h as u8, min: min as u8 };
        }
        return Lex::Other;
    }
    // Dates: `6/19/2024`, `19.06.2024`, `2024/06/19`, `6/19`.
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = word.split(sep).collect();
        if parts.len() == 3 || (parts.len() == 2 && sep == '/') {
            let nums: Option<Vec<u32>> = parts.iter().map(|p| digits_value(p)).collect();
            let Some(nums) = nums else { continue };
            let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
            if let Some(l) = numeric_date(&nums, &lens, sep) {
                return l;
            }
        }
    }
    Lex::Other
}

fn numeric_date(n: &[u32], len: &[usize], sep: char) -> Option<Lex> {
    let ok = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    let year = |y: u32, l: usize| -> Option<i32> {
        match l {
            4 => Some(y as i32),
            2 => Some(if y < 50 { 2000 + y as i32 } else { 1900 + y as i32 }),
            _ => None,
        }
    };
    match (n, len) {
        // ISO `2024-06-19`, `2024/06/19`.
        ([y, m, d], [4, 1..=2, 1..=2]) if ok(*m, *d) => {
            Some(Lex::NumDate { y: Some(*y as i32), m: *m as u8, d: *d as u8 })
        }
        // (`1.10.30` is a version: dotted dates with a short year write day and month in
        // two digits, `19.06.24`.)
        ([_, _, _], [1, _, 2] | [_, 1, 2]) if sep == '.' => None,
        ([a, b, y], [1..=2, 1..=2, 2 | 4]) => {
            let y = year(*y, len[2])?;
            // Month first (US news) unless the first number cannot be a month; with dots,
            // day first (European `19.06.2024`).
            if sep == '.' && ok(*b, *a) {
                Some(Lex::NumDate { y: Some(y), m: *b as u8, d: *a as u8 })
            } else if ok(*a, *b) {
                Some(Lex::NumDate { y: Some(y), m: *a as u8, d: *b as u8 })
            } else if ok(*b, *a) {
                Some(Lex::NumDate { y: Some(y), m: *b as u8, d: *a as u8 })
            } else {
                None
            }
        }
        ([m, d], [1..=2, 1..=2]) if ok(*m, *d) && *d > 0 => {
            Some(Lex::NumDate { y: None, m: *m as u8, d: *d as u8 })
        }
        ([m, y], [1..=2, 4]) if sep == '/' && (1..=12).contains(m) && (1000..=2999).contains(y) => {
            Some(Lex::NumMonthYear { y: *y as i32, m: *m as u8 })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_lowercased_bytewise() {
        for c in 0..=255u8 {
            for pos in 0..8 {
                let mut w = [b'Q'; 8];
                w[pos] = c;
                let want = w.map(|b| b.to_ascii_lowercase());
                assert_eq!(lower8(u64::from_le_bytes(w)), u64::from_le_bytes(want), "byte {c}");
            }
        }
        let word = "SepTEMBER\u{e9}Xy";
        let mut want = 0u128;
        for (i, c) in word.bytes().enumerate() {
            want |= u128::from(c.to_ascii_lowercase()) << (8 * i);
        }
        assert_eq!(pack(word.as_bytes()), Some(want));
        assert_eq!(pack(b""), None);
        assert_eq!(pack(&[b'a'; 17]), None);
    }

    #[test]
    fn words_are_classified() {
        assert_eq!(classify("Sept."), Lex::Month { m: 9, abbr: true });
        assert_eq!(classify("JUNE"), Lex::Month { m: 6, abbr: false });
        assert_eq!(classify("’90s"), Lex::Decade { decade: 9, short: true });
        assert_eq!(classify("1990's"), Lex::Decade { decade: 199, short: false });
        assert_eq!(classify("19th"), Lex::Ordinal(19));
        assert_eq!(classify("6/19/2024"), Lex::NumDate { y: Some(2024), m: 6, d: 19 });
        assert_eq!(classify("19.06.2024"), Lex::NumDate { y: Some(2024), m: 6, d: 19 });
        assert_eq!(classify("5:30"), Lex::Clock { h: 5, min: 30 });
        assert_eq!(classify("Q3"), Lex::QuarterTok(3));
        assert_eq!(classify("FY2024"), Lex::FiscalYear(2024));
        assert_eq!(classify("11,000"), Lex::Other);
        assert_eq!(classify("1/2"), Lex::NumDate { y: None, m: 1, d: 2 });
        assert_eq!(classify("9/2012"), Lex::NumMonthYear { y: 2012, m: 9 });
        assert_eq!(classify("15min"), Lex::NumUnit { n: 15, unit: Unit::Minute, plural: false });
        assert_eq!(classify("2hrs"), Lex::NumUnit { n: 2, unit: Unit::Hour, plural: true });
        assert_eq!(classify("3m"), Lex::Other);
        assert_eq!(classify("1.10.30"), Lex::Other);
        assert_eq!(classify("01.10.30"), Lex::NumDate { y: Some(2030), m: 10, d: 1 });
        assert_eq!(classify("13/2012"), Lex::Other);
        assert_eq!(classify("2023:06:36:02"), Lex::YearClock { y: 2023, h: 6, min: 36, sec: 2 });
        assert_eq!(classify("15Sep"), Lex::DayMonth { d: 15, m: 9 });
        assert_eq!(
            classify("05/31/2024.14:15"),
            Lex::NumDateTime { y: 2024, m: 5, d: 31, h: 14, min: 15 }
        );
        assert_eq!(classify("lastmonth"), Lex::RelUnit { rel: Rel::Last, unit: Unit::Month });
        assert_eq!(classify("3d"), Lex::Other);
        assert!(is_trigger_word(b"Yesterday"));
        assert!(!is_trigger_word(b"the"));
    }
}
