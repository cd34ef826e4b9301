<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarHeatmap</name>
    <message numerus="yes">
        <source>%n day(s) with practice in the last year</source>
        <translation>
            <numerusform>%n day with practice in the last year</numerusform>
            <numerusform>%n days with practice in the last year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n set</numerusform>
            <numerusform>%1: %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldTrendChart</name>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: no holds yet</source>
        <translation>
            <numerusform>Longest hold per day, last %n day: no holds yet</numerusform>
            <numerusform>Longest hold per day, last %n days: no holds yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest hold per day, last %n days: held up to {seconds} s on {practised} of them</source>
        <translation>
            <numerusform>Longest hold per day, last %n day: held up to {seconds} s on {practised} of them</numerusform>
            <numerusform>Longest hold per day, last %n days: held up to {seconds} s on {practised} of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>The dashed line is your daily target of %n set(s)</source>
        <translation>
            <numerusform>The dashed line is your daily target of %n set</numerusform>
            <numerusform>The dashed line is your daily target of %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>%n field needs attention</source>
        <translation>
            <numerusform>%n field needs attention</numerusform>
            <numerusform>%n fields need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention</source>
        <translation>
            <numerusform>%n field needs attention</numerusform>
            <numerusform>%n fields need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetsPerDayChart</name>
    <message numerus="yes">
        <source>Sets per day, last %n days: target met on {met} of them</source>
        <translation>
            <numerusform>Sets per day, last %n day: target met on {met} of them</numerusform>
            <numerusform>Sets per day, last %n days: target met on {met} of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n set(s)</source>
        <translation>
            <numerusform>%1: %n set</numerusform>
            <numerusform>%1: %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatCards</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practice day(s) in all</source>
        <translation>
            <numerusform>%n practice day in all</numerusform>
            <numerusform>%n practice days in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) to go</source>
        <translation>
            <numerusform>%n set to go</numerusform>
            <numerusform>%n sets to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
