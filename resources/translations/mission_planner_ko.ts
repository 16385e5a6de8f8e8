<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../mission_planner/gui/app.py" line="136"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="39"/>
        <source>participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="40"/>
        <source>overseas resource person</source>
        <translation>해외 강사</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="41"/>
        <source>local resource person</source>
        <translation>국내 강사</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="42"/>
        <source>observer</source>
        <translation>옵서버</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="43"/>
        <source>secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="67"/>
        <source>{item}: not recorded</source>
        <translation>{item}: 기록 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="69"/>
        <source>{item}: absent</source>
        <translation>{item}: 결석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="71"/>
        <source>{item}: excuse not accepted</source>
        <translation>{item}: 결석 사유 불인정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="73"/>
        <source>{item}: excuse not decided yet</source>
        <translation>{item}: 결석 사유 미결정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="75"/>
        <source>{item}: {minutes} of the {needed} minutes needed</source>
        <translation>{item}: 필요 시간 {needed}분 중 {minutes}분</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="127"/>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="138"/>
        <source>Not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="141"/>
        <source>Present for {minutes} minutes</source>
        <translation>{minutes}분 출석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="144"/>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="146"/>
        <source>Absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="148"/>
        <source>accepted</source>
        <translation>인정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="149"/>
        <source>not accepted</source>
        <translation>불인정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="150"/>
        <source>not decided</source>
        <translation>미결정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="153"/>
        <source>Excused ({decided}): {reason}</source>
        <translation>사유 결석 ({decided}): {reason}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="156"/>
        <source>Excused ({decided})</source>
        <translation>사유 결석 ({decided})</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="214"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="216"/>
        <source>Certificate</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="219"/>
        <source>{weekday} {day} {month}
{start}
{title}</source>
        <translation>{month} {day}일 ({weekday})
{start}
{title}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="227"/>
        <source> (online)</source>
        <translation> (온라인)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="260"/>
        <source>Not a candidate for a certificate</source>
        <translation>수료증 발급 대상이 아님</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="263"/>
        <source>✓ Yes</source>
        <translation>✓ 예</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="263"/>
        <source>✗ No</source>
        <translation>✗ 아니요</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/attendance.py" line="265"/>
        <source>Eligible</source>
        <translation>발급 가능</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="94"/>
        <source>Minutes Present</source>
        <translation>출석 시간(분)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="120"/>
        <source>Import Participant Report…</source>
        <translation>참가자 보고서 가져오기…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="121"/>
        <source>Minutes per online item from a meeting&apos;s participant report (CSV)</source>
        <translation>회의 참가자 보고서(CSV)에서 온라인 일정별 참석 시간(분)을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="123"/>
        <source>Import Evaluation Responses…</source>
        <translation>평가 응답 가져오기…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="125"/>
        <source>The evaluation form&apos;s responses, exported from Google Forms or Microsoft Forms (CSV or XLSX)</source>
        <translation>Google 설문지 또는 Microsoft Forms에서 내보낸 평가 응답(CSV 또는 XLSX)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="184"/>
        <source>Mark Selected</source>
        <translation>선택한 인원 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="196"/>
        <source>Select people in an item&apos;s column first</source>
        <translation>먼저 항목 열에서 사람을 선택하십시오</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="205"/>
        <source>Certificate</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="236"/>
        <source>Certificates: {eligible} of {total} participants are eligible.</source>
        <translation>수료증: 참가자 {total}명 중 {eligible}명이 발급 대상입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="289"/>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="291"/>
        <source>Present for Some Minutes…</source>
        <translation>일부 시간 출석…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="292"/>
        <source>Absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="293"/>
        <source>Excused…</source>
        <translation>사유 결석…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="305"/>
        <source>Mark 1 Person Present</source>
        <translation>1명 출석으로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="306"/>
        <source>Mark 1 Person Absent</source>
        <translation>1명 결석으로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="307"/>
        <source>Mark 1 Person Excused…</source>
        <translation>1명 사유 결석으로 표시…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="311"/>
        <source>Mark {count} People Present</source>
        <translation>{count}명 출석으로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="312"/>
        <source>Mark {count} People Absent</source>
        <translation>{count}명 결석으로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="313"/>
        <source>Mark {count} People Excused…</source>
        <translation>{count}명 사유 결석으로 표시…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="48"/>
        <source>Import Participant Report</source>
        <translation>참가자 보고서 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="49"/>
        <source>Participant reports (*.csv *.xlsx);;All files (*)</source>
        <translation>참가자 보고서 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="132"/>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="135"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="59"/>
        <source>Reading the participant report {name}</source>
        <translation>참가자 보고서 {name} 읽는 중</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="60"/>
        <source>Import the participant report {name}</source>
        <translation>참가자 보고서 {name} 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="66"/>
        <source>Set the attendance of {people} people at {items} items.</source>
        <translation>{people}명의 출석을 {items}개 일정에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="69"/>
        <source>{count} rows matched nobody:</source>
        <translation>일치하는 사람이 없는 행 {count}개:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="76"/>
        <source>Import Evaluation Responses</source>
        <translation>평가 응답 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="77"/>
        <source>Form responses (*.csv *.xlsx);;All files (*)</source>
        <translation>설문 응답 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="88"/>
        <source>Reading the evaluation responses {name}</source>
        <translation>평가 응답 {name} 읽는 중</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="89"/>
        <source>Import the evaluation responses {name}</source>
        <translation>평가 응답 {name} 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="94"/>
        <source>Imported {responses} responses ({named} named, {anonymous} anonymous) and {plans} action plans.</source>
        <translation>응답 {responses}건(실명 {named}건, 익명 {anonymous}건)과 실행 계획 {plans}건을 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="105"/>
        <source>No column rates these sessions:</source>
        <translation>다음 세션을 평가하는 열이 없습니다:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance_imports.py" line="155"/>
        <source>The import failed unexpectedly.</source>
        <translation>가져오기 중 예기치 않은 오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="229"/>
        <source>Total (incomplete)</source>
        <translation>합계 (불완전)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="231"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="248"/>
        <source>Rule: {rule}</source>
        <translation>규칙: {rule}</translation>
    </message>
</context>
<context>
    <name>BudgetCategory</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="87"/>
        <source>international airfare</source>
        <translation>국제선 항공료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="88"/>
        <source>per diem</source>
        <translation>일비</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="89"/>
        <source>accommodation</source>
        <translation>숙박비</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="90"/>
        <source>honorarium</source>
        <translation>사례비</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="91"/>
        <source>resource person assignment costs</source>
        <translation>강사 파견 비용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="94"/>
        <source>venue</source>
        <translation>회의장 임차</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="95"/>
        <source>meals and reception</source>
        <translation>식사 및 리셉션</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="96"/>
        <source>local transport</source>
        <translation>현지 교통</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="97"/>
        <source>site-visit transport</source>
        <translation>현장 방문 교통</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="98"/>
        <source>site-visit fees</source>
        <translation>현장 방문 비용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="99"/>
        <source>virtual site visit production</source>
        <translation>가상 현장 방문 제작</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="100"/>
        <source>online platform</source>
        <translation>온라인 플랫폼</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="101"/>
        <source>interpretation</source>
        <translation>통역</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="102"/>
        <source>materials and printing</source>
        <translation>자료 및 인쇄</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="103"/>
        <source>insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="104"/>
        <source>visa</source>
        <translation>비자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="105"/>
        <source>contingency</source>
        <translation>예비비</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="106"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="30"/>
        <source>Add “{description}”</source>
        <translation>“{description}” 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="53"/>
        <source>Edit “{description}”</source>
        <translation>“{description}” 편집</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="72"/>
        <source>Delete “{description}”</source>
        <translation>“{description}” 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="91"/>
        <source>Remove the rate of {currency}</source>
        <translation>{currency} 환율 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="93"/>
        <source>Set the rate of {currency}</source>
        <translation>{currency} 환율 설정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/budget.py" line="113"/>
        <source>Use the rules “{name}”</source>
        <translation>비용 분담 규칙 “{name}” 적용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/attendance.py" line="24"/>
        <source>Mark {person} at “{item}”</source>
        <translation>“{item}”에서 {person} 출석 표시</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="35"/>
        <source>Budget Line</source>
        <translation>예산 항목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="35"/>
        <source>New Budget Line</source>
        <translation>새 예산 항목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="52"/>
        <source>not known yet</source>
        <translation>아직 미정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="63"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="64"/>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="65"/>
        <source>Basis</source>
        <translation>산정 기준</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="66"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="67"/>
        <source>Unit cost</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="68"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="69"/>
        <source>Actual amount</source>
        <translation>실제 금액</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="70"/>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="85"/>
        <source>counted from the mission</source>
        <translation>연수단 정보로 계산</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="95"/>
        <source>Describe the line.</source>
        <translation>항목 내용을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="97"/>
        <source>Type the quantity.</source>
        <translation>수량을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="99"/>
        <source>Type the unit cost.</source>
        <translation>단가를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget_line_dialog.py" line="101"/>
        <source>The currency is a three-letter code, such as USD.</source>
        <translation>통화는 USD와 같은 세 글자 코드로 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="339"/>
        <source>Paid by {payer}, in {currency}</source>
        <translation>부담 주체: {payer}, 통화: {currency}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="342"/>
        <source>In {currency}</source>
        <translation>{currency} 기준</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="414"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="415"/>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="416"/>
        <source>Basis</source>
        <translation>산정 기준</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="417"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="418"/>
        <source>Unit cost</source>
        <translation>단가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="419"/>
        <source>Amount ({currency})</source>
        <translation>금액 ({currency})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="424"/>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="109"/>
        <source>Add Line…</source>
        <translation>항목 추가…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="110"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="111"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="204"/>
        <source>Use preset…</source>
        <translation>기본 규칙 적용…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="219"/>
        <source>Rules</source>
        <translation>비용 분담 규칙</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="222"/>
        <source>Edit Rules…</source>
        <translation>분담 규칙 수정…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="241"/>
        <source>KRW</source>
        <translation>KRW</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="243"/>
        <source>rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="245"/>
        <source>Set</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="252"/>
        <source>Exchange rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="260"/>
        <source>By payer</source>
        <translation>부담 주체별</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="316"/>
        <source>No rule set</source>
        <translation>비용 분담 규칙 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="324"/>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="327"/>
        <source>Unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="329"/>
        <source>Unverified: {what}</source>
        <translation>미검증: {what}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="332"/>
        <source>Source: {source}</source>
        <translation>출처: {source}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="335"/>
        <source>•  anything else: {payer}</source>
        <translation>•  그 밖의 항목: {payer}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/budget.py" line="415"/>
        <source>Rules of {code}</source>
        <translation>{code} 분담 규칙</translation>
    </message>
</context>
<context>
    <name>BudgetWarning</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="141"/>
        <source>The total is incomplete: some lines have no quantity and are left out.</source>
        <translation>합계가 불완전합니다: 수량이 없는 항목은 합계에서 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="144"/>
        <source>The total is incomplete: no exchange rate for {currencies}. Those lines are left out until the rate is set under Exchange rates.</source>
        <translation>합계가 불완전합니다: {currencies} 환율이 없습니다. 환율에서 환율을 정할 때까지 해당 항목은 합계에서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="105"/>
        <source>The rule set “{name}” is not verified.</source>
        <translation>비용 분담 규칙 “{name}”은(는) 검증되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="109"/>
        <source>The mission has no rule set; every line is counted for the host.</source>
        <translation>연수단에 비용 분담 규칙이 없어 모든 항목을 주최 측 부담으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="113"/>
        <source>No rule covers this line; it is counted for the default payer ({payer}).</source>
        <translation>이 항목에 해당하는 규칙이 없어 기본 부담 주체({payer}) 부담으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="118"/>
        <source>The cap of {cap} {currency} is exceeded by {over} {currency}.</source>
        <translation>상한액 {cap} {currency}을(를) {over} {currency} 초과했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="126"/>
        <source>No exchange rate for {currency}; the line is left out of the totals.</source>
        <translation>{currency} 환율이 없어 이 항목은 합계에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="130"/>
        <source>The quantity is missing; the line is left out of the totals.</source>
        <translation>수량이 없어 이 항목은 합계에서 제외됩니다.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="16"/>
        <source>present at every item, online ones for at least {percent}% of their minutes</source>
        <translation>모든 일정에 출석하고 온라인 일정은 시간의 {percent}% 이상 참석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="20"/>
        <source>present at {percent}% of the items or more</source>
        <translation>일정의 {percent}% 이상 출석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="29"/>
        <source>1 participant not accepted or confirmed</source>
        <translation>승인 또는 확정되지 않은 참가자 1명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="31"/>
        <source>{count} participants not accepted or confirmed</source>
        <translation>승인 또는 확정되지 않은 참가자 {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="35"/>
        <source>1 participant with no attendance recorded</source>
        <translation>출석 기록이 없는 참가자 1명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="37"/>
        <source>{count} participants with no attendance recorded</source>
        <translation>출석 기록이 없는 참가자 {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="41"/>
        <source>1 participant below the threshold ({threshold})</source>
        <translation>기준({threshold})에 못 미치는 참가자 1명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="43"/>
        <source>{count} participants below the threshold ({threshold})</source>
        <translation>기준({threshold})에 못 미치는 참가자 {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="55"/>
        <source>None of the people chosen is eligible for a certificate; the Attendance tab shows who is.</source>
        <translation>선택한 사람 중 수료증 발급 대상이 없습니다. 발급 대상은 출석 탭에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="59"/>
        <source>No one is eligible for a certificate: the mission has no participants.</source>
        <translation>수료증 발급 대상이 없습니다: 연수단에 참가자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/certificate_text.py" line="63"/>
        <source>No one is eligible for a certificate: {reasons}.</source>
        <translation>수료증 발급 대상이 없습니다: {reasons}.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="162"/>
        <source>Choose the nomination file</source>
        <translation>추천 명단 파일 선택</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="165"/>
        <source>A CSV or Excel file with one person per row: family name, given name, country, organization, email…</source>
        <translation>한 행에 한 사람씩 성, 이름, 국가, 소속 기관, 이메일 등이 들어 있는 CSV 또는 Excel 파일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="169"/>
        <source>A .csv or .xlsx file</source>
        <translation>.csv 또는 .xlsx 파일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="171"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="189"/>
        <source>Nomination file</source>
        <translation>추천 명단 파일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="189"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>스프레드시트 (*.csv *.xlsx *.xlsm);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ChoosePeopleDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/choose_people.py" line="39"/>
        <source>Choose People</source>
        <translation>대상자 선택</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/choose_people.py" line="40"/>
        <source>Filter by name</source>
        <translation>이름으로 찾기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/choose_people.py" line="52"/>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/choose_people.py" line="54"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../mission_planner/gui/commands/people.py" line="23"/>
        <source>Mark {name} as {status}</source>
        <translation>{name}을(를) {status}(으)로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people.py" line="56"/>
        <source>Change the travel of {name}</source>
        <translation>{name}의 항공·숙박 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="34"/>
        <source>Rename “{title}”</source>
        <translation>“{title}” 이름 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="56"/>
        <source>Move “{title}”</source>
        <translation>“{title}” 이동</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="76"/>
        <source>Change the times of “{title}”</source>
        <translation>“{title}” 시간 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="94"/>
        <source>Delete “{title}”</source>
        <translation>“{title}” 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="113"/>
        <source>Add “{title}”</source>
        <translation>“{title}” 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="138"/>
        <source>Delete {count} items</source>
        <translation>항목 {count}개 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="175"/>
        <source>Shift the day {day} to {to}</source>
        <translation>{day} 일정을 {to}(으)로 옮기기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="202"/>
        <source>Copy the day {day} to {to}</source>
        <translation>{day} 일정을 {to}(으)로 복사</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="235"/>
        <source>Insert a day after {day}</source>
        <translation>{day} 다음에 하루 삽입</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/programme.py" line="255"/>
        <source>Remove the day {day}</source>
        <translation>{day} 하루 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/missions.py" line="29"/>
        <source>New mission {code}</source>
        <translation>새 연수단 {code}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/missions.py" line="34"/>
        <source>Duplicate {code} as {new_code}</source>
        <translation>{code}을(를) {new_code}(으)로 복제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/missions.py" line="62"/>
        <source>Archive {code}</source>
        <translation>{code} 보관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/missions.py" line="64"/>
        <source>Bring back {code}</source>
        <translation>{code} 보관 해제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/missions.py" line="80"/>
        <source>Edit the notification of {code}</source>
        <translation>{code} 사업 안내 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="564"/>
        <location filename="../../mission_planner/gui/views/programme.py" line="569"/>
        <source>Edit “{title}”</source>
        <translation>“{title}” 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="660"/>
        <source>Cut “{title}”</source>
        <translation>“{title}” 잘라내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="662"/>
        <source>Cut {count} items</source>
        <translation>항목 {count}개 잘라내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="679"/>
        <source>Paste “{title}”</source>
        <translation>“{title}” 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="681"/>
        <source>Paste {count} items</source>
        <translation>항목 {count}개 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="709"/>
        <source>Duplicate “{title}”</source>
        <translation>“{title}” 복제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="711"/>
        <source>Duplicate {count} items</source>
        <translation>항목 {count}개 복제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="27"/>
        <source>Add {name}</source>
        <translation>{name} 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="52"/>
        <source>Edit {name}</source>
        <translation>{name} 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="75"/>
        <source>Remove {name}</source>
        <translation>{name} 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="94"/>
        <source>Mark 1 person as {status}</source>
        <translation>1명을 {status}(으)로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="96"/>
        <source>Mark {count} people as {status}</source>
        <translation>{count}명을 {status}(으)로 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="134"/>
        <source>Book {hotel} for 1 person</source>
        <translation>1명에게 {hotel} 예약</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="136"/>
        <source>Book {hotel} for {count} people</source>
        <translation>{count}명에게 {hotel} 예약</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/people_edits.py" line="158"/>
        <source>Mark {count} people at “{item}”</source>
        <translation>“{item}”에서 {count}명 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/practical.py" line="15"/>
        <source>Edit the practical notes of {code}</source>
        <translation>{code}의 실무 안내 편집</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/practical.py" line="31"/>
        <source>Meeting point at {airport}</source>
        <translation>{airport} 만남 장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/tasks.py" line="29"/>
        <source>Task: {what}</source>
        <translation>할 일: {what}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/tasks.py" line="49"/>
        <source>Task rule: {what}</source>
        <translation>할 일 규칙: {what}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="109"/>
        <source>{first} overlaps {second}; {people} would be in both.</source>
        <translation>{first}과(와) {second}이(가) 겹칩니다. {people}이(가) 두 일정에 모두 해당됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="36"/>
        <source>{people} is booked in {item} and, at the same time, in “{other}” of {mission} ({when}).</source>
        <translation>{people}이(가) {item}에 배정되어 있는데, 같은 시간에 {mission}의 “{other}”에도 배정되어 있습니다 ({when}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="32"/>
        <source>{first} and {second} are both at {place} at the same time.</source>
        <translation>{first}과(와) {second}이(가) 같은 시간에 모두 {place}에서 진행됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="46"/>
        <source>Only {available} minutes between {first} and {second}, but the journey takes {needed} minutes (for {people}).</source>
        <translation>{first}과(와) {second} 사이가 {available}분뿐이지만 이동에 {needed}분이 걸립니다 ({people}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="59"/>
        <source>{item} is outside the mission&apos;s dates ({start} to {end}).</source>
        <translation>{item}이(가) 연수단 기간({start}~{end})을 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="63"/>
        <source>closed that day</source>
        <translation>해당일 휴무</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="66"/>
        <source>{item} is outside the opening hours of {site} ({hours}).</source>
        <translation>{item}이(가) {site}의 운영 시간({hours})을 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="70"/>
        <source>The visitor list for {site} was due on {due} for {item}; check that it has been sent (the Documents tab writes it: Visitor lists).</source>
        <translation>{item}을(를) 위한 {site} 방문자 명단 제출 기한은 {due}였습니다. 제출 여부를 확인하십시오(문서 탭의 &apos;방문자 명단&apos;으로 작성합니다).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="76"/>
        <source>Nominations close on {closing}, after the mission starts on {start}.</source>
        <translation>추천 마감일({closing})이 연수단 시작일({start})보다 늦습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="80"/>
        <source>{accepted} {kind} participants are accepted, more than the quota of {quota}.</source>
        <translation>{kind} 참가자 {accepted}명이 승인되어 정원 {quota}명을 초과합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="92"/>
        <source>Nominated from {country}, which is not an APO member economy (the mission is open to all member countries): {people}.</source>
        <translation>{country}은(는) APO 회원국이 아닙니다(이 연수단은 모든 회원국에 열려 있음). 해당 추천자: {people}.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="98"/>
        <source>Nominated from {country}, which is not among the participating countries of the Project Notification: {people}.</source>
        <translation>{country}은(는) 프로젝트 공지(PN)의 참가국이 아닙니다. 해당 추천자: {people}.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="111"/>
        <source>{first} overlaps {second}; groups {group} and {other} may share people, as no one has been put in a group yet.</source>
        <translation>{first}과(와) {second}이(가) 겹칩니다. 아직 아무도 그룹에 배정되지 않아 {group} 그룹과 {other} 그룹에 같은 사람이 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="117"/>
        <source>{first} overlaps {second}; group {group} is expected at both.</source>
        <translation>{first}과(와) {second}이(가) 겹칩니다. {group} 그룹이 두 일정에 모두 참석해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="119"/>
        <source>{first} overlaps {second}; the whole delegation is expected at both.</source>
        <translation>{first}과(와) {second}이(가) 겹칩니다. 연수단 전원이 두 일정에 모두 참석해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="134"/>
        <source>“{title}” ({day} {start}–{end})</source>
        <translation>“{title}” ({day} {start}–{end})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="142"/>
        <source>nobody</source>
        <translation>해당자 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="145"/>
        <source>{names} and {count} others</source>
        <translation>{names} 외 {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="150"/>
        <source>{names} and {last}</source>
        <translation>{names}, {last}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="168"/>
        <source>overseas</source>
        <translation>해외</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/conflict_text.py" line="169"/>
        <source>local</source>
        <translation>국내</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="37"/>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="102"/>
        <source>Error: the programme cannot work as planned</source>
        <translation>오류: 계획대로 일정을 진행할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="103"/>
        <source>Warning: worth a look</source>
        <translation>경고: 확인이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="109"/>
        <source>None found: no overlaps, travel times or opening hours to worry about.</source>
        <translation>발견된 문제 없음: 일정 중복, 이동 시간, 운영 시간 모두 문제가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="112"/>
        <source>1 error</source>
        <translation>오류 1건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="112"/>
        <source>{count} errors</source>
        <translation>오류 {count}건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="114"/>
        <source>1 warning</source>
        <translation>경고 1건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/conflicts_panel.py" line="114"/>
        <source>{count} warnings</source>
        <translation>경고 {count}건</translation>
    </message>
</context>
<context>
    <name>DayDateDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/day_date.py" line="22"/>
        <source>To</source>
        <translation>새 날짜</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../mission_planner/gui/printing.py" line="180"/>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/printing.py" line="180"/>
        <location filename="../../mission_planner/gui/printing.py" line="193"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/printing.py" line="184"/>
        <source>Writing {what} for printing</source>
        <translation>인쇄할 {what} 작성 중</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/printing.py" line="193"/>
        <source>There is nothing to print.</source>
        <translation>인쇄할 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="25"/>
        <source>Itinerary (PDF)</source>
        <translation>일정표 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="26"/>
        <source>Daily agenda, a day a page (PDF)</source>
        <translation>일일 일정표, 하루 한 페이지 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="27"/>
        <source>Delegate packs: a PDF and a calendar per person</source>
        <translation>참가자 안내 자료: 1인당 PDF와 캘린더</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="28"/>
        <source>Calendar of the mission (ICS)</source>
        <translation>연수단 캘린더 (ICS)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="29"/>
        <source>Certificates of attendance (PDF)</source>
        <translation>수료증 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="30"/>
        <source>Name badges (PDF)</source>
        <translation>명찰 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="31"/>
        <source>Project Notification (PDF)</source>
        <translation>프로젝트 공지(PN) (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="32"/>
        <source>Participant list (PDF)</source>
        <translation>참가자 명단 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="33"/>
        <source>Participant list (Excel)</source>
        <translation>참가자 명단 (Excel)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="34"/>
        <source>Budget (PDF)</source>
        <translation>예산 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="35"/>
        <source>Budget (Excel)</source>
        <translation>예산 (Excel)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="36"/>
        <source>Evaluation questionnaire to print (PDF)</source>
        <translation>인쇄용 평가 설문지 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="37"/>
        <source>Completion report (PDF)</source>
        <translation>결과 보고서 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="38"/>
        <source>Visitor lists, one per security site, confidential (PDF)</source>
        <translation>방문자 명단, 보안 방문지별 한 부, 대외비 (PDF)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="41"/>
        <source>Letters: a PDF to send and a Word copy (DOCX)</source>
        <translation>서한: 발송용 PDF와 편집용 Word 사본(DOCX)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="143"/>
        <source>The visitor list for {site} marks passport data missing for {names}.</source>
        <translation>{site} 방문자 명단에 {names}의 여권 정보가 빠져 있다고 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/document_jobs.py" line="163"/>
        <source>The visa letters of {names} have no passport number or expiry: add them first.</source>
        <translation>{names}의 비자 서한에 여권 번호 또는 만료일이 없습니다. 먼저 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="87"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="88"/>
        <source>Letter (US)</source>
        <translation>Letter (미국)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="91"/>
        <source>Include passport numbers and dates of birth</source>
        <translation>여권 번호와 생년월일 포함</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="92"/>
        <source>Only where a document has room for them; leave off for shared copies</source>
        <translation>문서에 공간이 있는 경우에만 표시됩니다. 공유용 사본에서는 해제하십시오</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="94"/>
        <source>Packs, certificates and badges are written for these people</source>
        <translation>안내 자료, 수료증, 명찰을 이 사람들에게만 만듭니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="99"/>
        <source>Which letters &apos;Letters&apos; writes: a PDF to send and a Word copy to edit</source>
        <translation>&apos;서한&apos;으로 작성할 서한: 발송용 PDF와 편집용 Word 사본</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="100"/>
        <source>Edit Template…</source>
        <translation>양식 편집…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="101"/>
        <source>The organization&apos;s own wording of this letter, with a preview</source>
        <translation>이 서한에 대한 기관 자체 문구(미리 보기 포함)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="104"/>
        <location filename="../../mission_planner/gui/views/documents.py" line="256"/>
        <source>Folder for the documents</source>
        <translation>문서 저장 폴더</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="105"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="107"/>
        <location filename="../../mission_planner/gui/views/documents.py" line="301"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="110"/>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="124"/>
        <location filename="../../mission_planner/gui/views/documents.py" line="350"/>
        <source>The PDF documents you write are shown here.</source>
        <translation>만든 PDF 문서가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="144"/>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="146"/>
        <source>People:</source>
        <translation>대상자:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="150"/>
        <source>Letters:</source>
        <translation>서한:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="151"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="171"/>
        <source>Documents to write</source>
        <translation>작성할 문서</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="172"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="176"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="226"/>
        <source>{count} chosen…</source>
        <translation>{count}명 선택됨…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="228"/>
        <source>Everyone…</source>
        <translation>전원…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="267"/>
        <source>The folder does not exist yet: export something first.</source>
        <translation>폴더가 아직 없습니다. 먼저 문서를 내보내십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="274"/>
        <source>Choose a folder for the documents first.</source>
        <translation>먼저 문서를 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="280"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>폴더 {folder}을(를) 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="298"/>
        <source>Writing…</source>
        <translation>작성 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="302"/>
        <source>Writing the documents of {code}</source>
        <translation>{code} 문서 작성 중</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="312"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="315"/>
        <source>Wrote to {folder}:</source>
        <translation>{folder}에 저장했습니다:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="317"/>
        <source>Nothing was written.</source>
        <translation>작성된 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="320"/>
        <source>Could not write {what}: {message}</source>
        <translation>{what}을(를) 작성할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/documents.py" line="367"/>
        <source>The export failed unexpectedly.</source>
        <translation>내보내기 중 예기치 않은 오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicateMissionDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/duplicate_mission.py" line="15"/>
        <source>Duplicate Mission</source>
        <translation>연수단 복제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/duplicate_mission.py" line="21"/>
        <source>The programme, places and budget of {code} are copied; every date moves with the first day. Participants, attendance and certificates are not copied.</source>
        <translation>{code}의 프로그램, 방문지, 예산을 복사합니다. 모든 날짜는 첫째 날에 맞춰 옮겨집니다. 참가자, 출석, 수료증은 복사하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/duplicate_mission.py" line="34"/>
        <source>New project code</source>
        <translation>새 프로젝트 코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/duplicate_mission.py" line="35"/>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
</context>
<context>
    <name>EarlyPane</name>
    <message>
        <location filename="../../mission_planner/gui/views/early_pane.py" line="33"/>
        <location filename="../../mission_planner/gui/views/early_pane.py" line="41"/>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../mission_planner/gui/errors.py" line="76"/>
        <source>Mission Planner: unexpected error</source>
        <translation>Mission Planner: 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/errors.py" line="78"/>
        <source>Something went wrong that Mission Planner did not expect. Your saved work is safe.</source>
        <translation>Mission Planner에서 예기치 않은 문제가 발생했습니다. 저장된 작업은 안전합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/errors.py" line="80"/>
        <source>The details below were also saved to {path}.</source>
        <translation>아래 세부 정보는 {path}에도 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/errors.py" line="87"/>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mission_planner/gui/errors.py" line="133"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="478"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="480"/>
        <source>In {currency}</source>
        <translation>{currency} 기준</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="492"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="498"/>
        <source>1 {currency} = {rate} {reporting}</source>
        <translation>1 {currency} = {rate} {reporting}</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="68"/>
        <source>Excused</source>
        <translation>사유 결석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="70"/>
        <source>Accepted (does not cost the certificate)</source>
        <translation>인정됨 (수료증 발급에 영향 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/attendance.py" line="76"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/fields.py" line="110"/>
        <source>{label} is {size} characters long; at most {limit} fit.</source>
        <translation>{label}: {size}자입니다. 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="376"/>
        <source>Filter rows</source>
        <translation>행 필터</translation>
    </message>
</context>
<context>
    <name>FindPersonDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="79"/>
        <source>Find Person</source>
        <translation>사람 찾기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="82"/>
        <source>Name, in any mission</source>
        <translation>이름 (모든 연수단에서)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="131"/>
        <source>Reading the names…</source>
        <translation>이름을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="137"/>
        <source>People in the database: {total}</source>
        <translation>데이터베이스의 사람: {total}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="139"/>
        <source>The first {shown} found; type more of the name</source>
        <translation>처음 {shown}명만 표시합니다. 이름을 더 입력하세요</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="142"/>
        <source>Found: {count}</source>
        <translation>찾은 사람: {count}명</translation>
    </message>
</context>
<context>
    <name>FlightBox</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="64"/>
        <source>Airport</source>
        <translation>공항</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="65"/>
        <source>Time ({zone})</source>
        <translation>시각 ({zone})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="66"/>
        <source>Flight</source>
        <translation>항공편</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="67"/>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="70"/>
        <source>Own hotel pick-up at</source>
        <translation>별도 호텔 픽업 시각</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="84"/>
        <source>Hotel pick-up</source>
        <translation>호텔 픽업</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="113"/>
        <source>The hotel pick-up must be before the flight.</source>
        <translation>호텔 픽업은 항공편 출발 전이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="20"/>
        <source>Jan</source>
        <translation>1월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="21"/>
        <source>Feb</source>
        <translation>2월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="22"/>
        <source>Mar</source>
        <translation>3월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="23"/>
        <source>Apr</source>
        <translation>4월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="24"/>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="25"/>
        <source>Jun</source>
        <translation>6월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="26"/>
        <source>Jul</source>
        <translation>7월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="27"/>
        <source>Aug</source>
        <translation>8월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="28"/>
        <source>Sep</source>
        <translation>9월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="29"/>
        <source>Oct</source>
        <translation>10월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="30"/>
        <source>Nov</source>
        <translation>11월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="31"/>
        <source>Dec</source>
        <translation>12월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="37"/>
        <source>{day} {month} {year}</source>
        <translation>{year}년 {month} {day}일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="44"/>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="45"/>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="46"/>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="47"/>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="48"/>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="49"/>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="50"/>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="57"/>
        <source>{weekday} {date}</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="67"/>
        <source>{start_day}–{end_day} {end_month} {end_year}</source>
        <translation>{end_year}년 {end_month} {start_day}–{end_day}일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="69"/>
        <source>{start_day} {start_month} – {end_day} {end_month} {end_year}</source>
        <translation>{end_year}년 {start_month} {start_day}일 – {end_month} {end_day}일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="73"/>
        <source>{start_day} {start_month} {start_year} – {end_day} {end_month} {end_year}</source>
        <translation>{start_year}년 {start_month} {start_day}일 – {end_year}년 {end_month} {end_day}일</translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="64"/>
        <source>Remove these opening hours</source>
        <translation>이 운영 시간 삭제</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="56"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="58"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="77"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="93"/>
        <source>Choose an Image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="103"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="16"/>
        <source>add    row {row}: {name} ({country})</source>
        <translation>{row}행 추가: {name} ({country})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="19"/>
        <source>travel</source>
        <translation>여행 일정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="20"/>
        <source>update row {row}: {name} ({changes})</source>
        <translation>{row}행 갱신: {name} ({changes})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="28"/>
        <source>{name} ({fields}; also in {missions})</source>
        <translation>{name} ({fields}; {missions}에도 참가)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="35"/>
        <source>identity would replace: {change}</source>
        <translation>신원 정보 교체 예정: {change}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="37"/>
        <source>identity replaced: {change}</source>
        <translation>신원 정보 교체됨: {change}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="44"/>
        <source>family name</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="45"/>
        <source>given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="46"/>
        <source>family name as in passport</source>
        <translation>여권상 성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="47"/>
        <source>given name as in passport</source>
        <translation>여권상 이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="48"/>
        <source>name as in passport</source>
        <translation>여권상 성명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="49"/>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="50"/>
        <source>organization</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="51"/>
        <source>position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="52"/>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="53"/>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="54"/>
        <source>gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="55"/>
        <source>home time zone</source>
        <translation>거주지 시간대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="56"/>
        <source>dietary</source>
        <translation>식이 요건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="57"/>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="58"/>
        <source>biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="59"/>
        <source>identity</source>
        <translation>신원 정보</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="60"/>
        <source>passport number</source>
        <translation>여권 번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="61"/>
        <source>passport expiry</source>
        <translation>여권 만료일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="62"/>
        <source>date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="63"/>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="64"/>
        <source>nominating NPO</source>
        <translation>추천 NPO</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="65"/>
        <source>arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="66"/>
        <source>arrival flight</source>
        <translation>도착 항공편</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="67"/>
        <source>departure</source>
        <translation>출발</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_plan_text.py" line="68"/>
        <source>departure flight</source>
        <translation>출발 항공편</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="26"/>
        <source>{title} (column {letter})</source>
        <translation>{title} ({letter}열)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="36"/>
        <source>the required column {column} is missing</source>
        <translation>필수 열 {column}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="40"/>
        <source>the columns {headers} are not recognised and the required columns {missing} are missing; choose which field each column holds</source>
        <translation>{headers} 열을 알아볼 수 없고 필수 열 {missing}이(가) 없습니다. 각 열이 어느 항목인지 고르십시오</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="46"/>
        <source>the columns {headers} all give {field}; keep one</source>
        <translation>{headers} 열이 모두 {field} 항목입니다. 하나만 남기십시오</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="50"/>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="52"/>
        <source>holds a NUL character (U+0000)</source>
        <translation>NUL 문자(U+0000)가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="54"/>
        <source>holds a lone surrogate (U+{code}), which is not a character</source>
        <translation>문자가 아닌 단독 서로게이트(U+{code})가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="58"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>{length}자입니다. 최대 {limit}자까지 허용됩니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="62"/>
        <source>{text} is not an email address</source>
        <translation>{text}은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="64"/>
        <source>{text} is not a date (write it as 2023-10-24 or 24/10/2023)</source>
        <translation>{text}은(는) 날짜가 아닙니다 (2023-10-24 또는 24/10/2023 형식으로 쓰십시오)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="68"/>
        <source>{text} is not a date and time (write it as 2023-10-23 17:40)</source>
        <translation>{text}은(는) 날짜와 시각이 아닙니다 (2023-10-23 17:40 형식으로 쓰십시오)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="72"/>
        <source>{text} has no such time of day</source>
        <translation>{text}에 해당하는 시각이 없습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="74"/>
        <source>{text} is not a gender (F, M or X)</source>
        <translation>{text}은(는) 성별이 아닙니다 (F, M 또는 X)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="76"/>
        <source>{text} is not a role (participant, resource person overseas, resource person local, observer, secretariat)</source>
        <translation>{text}은(는) 역할이 아닙니다 (participant, resource person overseas, resource person local, observer, secretariat)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="82"/>
        <source>{text} is not a known country</source>
        <translation>{text}은(는) 알 수 없는 국가입니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="84"/>
        <source>{text} is not an IANA time zone such as Europe/Istanbul</source>
        <translation>{text}은(는) Europe/Istanbul 같은 IANA 시간대가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="88"/>
        <source>the same person as row {row}</source>
        <translation>{row}행과 같은 사람입니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="92"/>
        <source>the leave time is before the join time</source>
        <translation>퇴장 시각이 입장 시각보다 앞섭니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="101"/>
        <source>{titles} and {count} more</source>
        <translation>{titles} 외 {count}개</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="109"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="123"/>
        <source>row {row}, {where}: {message}</source>
        <translation>{row}행, {where}: {message}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/import_problem_text.py" line="126"/>
        <source>row {row}: {message}</source>
        <translation>{row}행: {message}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="361"/>
        <source>Import nominations into {code}</source>
        <translation>{code}에 추천 명단 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="363"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="388"/>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="389"/>
        <source>This file changes the passport or birth data of people who are in other missions too:

{people}

Replace their data in every mission?</source>
        <translation>이 파일은 다른 미션에도 속한 사람들의 여권 또는 생년월일 정보를 바꿉니다:

{people}

모든 미션에서 이 정보를 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="396"/>
        <source>Replace identity data?</source>
        <translation>신원 정보를 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="430"/>
        <source>Import nominations</source>
        <translation>추천 명단 가져오기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="431"/>
        <source>Importing {name}…</source>
        <translation>{name} 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="49"/>
        <source>Edit Item</source>
        <translation>항목 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="49"/>
        <source>Add Item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="64"/>
        <source>(no site)</source>
        <translation>(방문지 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="68"/>
        <source>Room, hall or address, when there is no site</source>
        <translation>방문지가 없을 때의 회의실, 홀 또는 주소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="88"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="89"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="90"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="91"/>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="92"/>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="93"/>
        <source>Site</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="94"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="95"/>
        <source>Online link</source>
        <translation>온라인 링크</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="96"/>
        <source>Meeting ID</source>
        <translation>회의 ID</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="97"/>
        <source>Passcode</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="98"/>
        <source>Speakers</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="99"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="151"/>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="154"/>
        <source>From the link: {id}</source>
        <translation>링크에서: {id}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="151"/>
        <source>As the invitation gives it</source>
        <translation>초대장에 적힌 대로</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="166"/>
        <source>An item needs a title.</source>
        <translation>항목에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/item_editor.py" line="168"/>
        <source>The item must end after it starts.</source>
        <translation>항목은 시작한 뒤에 끝나야 합니다.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="50"/>
        <source>Opening</source>
        <translation>개회식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="51"/>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="52"/>
        <source>Panel</source>
        <translation>패널 토론</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="53"/>
        <source>Group discussion</source>
        <translation>그룹 토의</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="54"/>
        <source>Site visit</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="55"/>
        <source>Transfer</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="56"/>
        <source>Meal</source>
        <translation>식사</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="57"/>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="58"/>
        <source>Closing</source>
        <translation>폐회식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="59"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ItemRole</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="66"/>
        <source>speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="67"/>
        <source>moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="68"/>
        <source>discussant</source>
        <translation>토론자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="69"/>
        <source>host</source>
        <translation>주관</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="109"/>
        <source>en</source>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="48"/>
        <source>Letter template: {letter}</source>
        <translation>서한 양식: {letter}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="54"/>
        <source>Jinja2 text: {{ person.name }} writes a value, {% if %} … {% endif %} a choice. Blank lines separate paragraphs, a line starting with &apos;# &apos; is the subject, &apos;---&apos; draws a rule.</source>
        <translation>Jinja2 텍스트: {{ person.name }}은 값을, {% if %} … {% endif %}는 선택을 씁니다. 빈 줄은 문단을 나누고, &apos;# &apos;로 시작하는 줄은 제목이며, &apos;---&apos;는 구분선을 긋습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="62"/>
        <source>Preview shows the letters of {code} written with this template.</source>
        <translation>미리 보기는 이 양식으로 작성한 {code}의 서한을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="64"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="66"/>
        <source>Restore Default</source>
        <translation>기본값 복원</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="33"/>
        <source>Invitation to each participant from abroad</source>
        <translation>해외 참가자별 초청장</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="34"/>
        <source>Visa support, with passport data, for the consulate</source>
        <translation>영사관 제출용 비자 지원 서한(여권 정보 포함)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="35"/>
        <source>Visit request to each site, in Korean and English</source>
        <translation>방문 기관별 방문 요청 공문(국문 및 영문)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/letter_template.py" line="36"/>
        <source>Thank-you to each site visited</source>
        <translation>방문 기관별 감사 서한</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="142"/>
        <location filename="../../mission_planner/gui/main_window.py" line="638"/>
        <location filename="../../mission_planner/gui/main_window.py" line="650"/>
        <location filename="../../mission_planner/gui/main_window.py" line="919"/>
        <location filename="../../mission_planner/gui/main_window.py" line="996"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="243"/>
        <source>Search by code or title</source>
        <translation>코드 또는 제목으로 검색</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="249"/>
        <location filename="../../mission_planner/gui/main_window.py" line="1023"/>
        <source>{shown} of {total}</source>
        <translation>{total}개 중 {shown}개</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="210"/>
        <location filename="../../mission_planner/gui/main_window.py" line="254"/>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="282"/>
        <source>All missions</source>
        <translation>모든 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="283"/>
        <source>Upcoming and running</source>
        <translation>예정 및 진행 중</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="284"/>
        <source>Past</source>
        <translation>지난 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="285"/>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="289"/>
        <location filename="../../mission_planner/gui/main_window.py" line="301"/>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="310"/>
        <source>Missions</source>
        <translation>연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="328"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="338"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="343"/>
        <source>&amp;About Mission Planner</source>
        <translation>Mission Planner 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="346"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="349"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="355"/>
        <source>&amp;New Mission…</source>
        <translation>새 연수단(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="358"/>
        <source>New Mission from No&amp;tification…</source>
        <translation>통보문으로 새 연수단(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="359"/>
        <source>Read the APO&apos;s Project Notification (PDF, Word or text)</source>
        <translation>APO 프로젝트 통보문(PDF, Word 또는 텍스트)을 읽습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="361"/>
        <source>&amp;Open Mission File…</source>
        <translation>연수단 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="363"/>
        <source>Add the mission in a mission file or archive</source>
        <translation>연수단 파일이나 보관 파일의 연수단을 추가합니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="365"/>
        <source>Load the De&amp;mo Missions</source>
        <translation>예제 연수단 불러오기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="367"/>
        <source>&amp;Duplicate Mission…</source>
        <translation>연수단 복제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="369"/>
        <source>&amp;Archive Mission</source>
        <translation>연수단 보관(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="371"/>
        <source>&amp;Edit Notification…</source>
        <translation>사업 안내 수정(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="373"/>
        <source>Practical &amp;Notes…</source>
        <translation>실무 안내(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="375"/>
        <source>Dress code, money, Wi-Fi and more, for every delegate&apos;s pack</source>
        <translation>복장, 경비, Wi-Fi 등 모든 참가자 안내 자료에 들어갈 내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="393"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="396"/>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="410"/>
        <location filename="../../mission_planner/gui/main_window.py" line="412"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="412"/>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="453"/>
        <location filename="../../mission_planner/gui/main_window.py" line="469"/>
        <source>New Mission from Notification</source>
        <translation>통보문으로 새 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="455"/>
        <source>Project Notifications (*.pdf *.docx *.txt);;All files (*)</source>
        <translation>프로젝트 통보문 (*.pdf *.docx *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="481"/>
        <source>New mission {code} from its notification</source>
        <translation>통보문으로 새 연수단 {code}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="496"/>
        <source>The notification of {code} is unchanged.</source>
        <translation>{code}의 통보문은 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="507"/>
        <source>The demo missions are here already.</source>
        <translation>예제 연수단이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="511"/>
        <location filename="../../mission_planner/gui/main_window.py" line="515"/>
        <source>Demo Missions</source>
        <translation>예제 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="516"/>
        <source>Loading the demo missions…</source>
        <translation>예제 연수단을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="524"/>
        <location filename="../../mission_planner/gui/main_window.py" line="544"/>
        <source>Open Mission File</source>
        <translation>연수단 파일 열기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="526"/>
        <source>Mission files (*.json *.mission);;All files (*)</source>
        <translation>연수단 파일 (*.json *.mission);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="548"/>
        <source>Open {name}</source>
        <translation>{name} 열기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="558"/>
        <source>This database already has the mission {name} holds; nothing was added.</source>
        <translation>{name}에 담긴 연수단이 이 데이터베이스에 이미 있습니다. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="566"/>
        <source>Reading {name}…</source>
        <translation>{name}을(를) 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="577"/>
        <source>and {count} more</source>
        <translation>외 {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="579"/>
        <source>This file would replace the identity data of people who are in other missions too:

{people}

Replace it with the file&apos;s?</source>
        <translation>이 파일은 다른 연수단에도 있는 사람들의 신원 정보를 바꿉니다:

{people}

파일의 정보로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="673"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="675"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="677"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="683"/>
        <source>Find &amp;Person…</source>
        <translation>사람 찾기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="685"/>
        <source>Find a person by name in every mission</source>
        <translation>모든 연수단에서 이름으로 사람을 찾습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="689"/>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="725"/>
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="727"/>
        <source>Read the missions again, with changes made elsewhere</source>
        <translation>다른 곳에서 변경된 내용을 반영하여 연수단 정보를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="729"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="744"/>
        <source>Database: {location}</source>
        <translation>데이터베이스: {location}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="746"/>
        <source>Database: {location} (default)</source>
        <translation>데이터베이스: {location} (기본값)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="752"/>
        <source>Today&apos;s backup of the database failed: {reason}</source>
        <translation>오늘의 데이터베이스 백업에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="842"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>다른 곳에서 저장한 변경 내용을 반영했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="923"/>
        <source>Find Person</source>
        <translation>사람 찾기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="924"/>
        <source>Reading the names…</source>
        <translation>이름을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="941"/>
        <source>About Mission Planner</source>
        <translation>Mission Planner 정보</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="943"/>
        <source>&lt;h3&gt;Mission Planner {version}&lt;/h3&gt;&lt;p&gt;Plan APO study missions and produce their documents, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mission Planner {version}&lt;/h3&gt;&lt;p&gt;APO 시찰연수 연수단을 계획하고 관련 문서를 오프라인으로 작성합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="1015"/>
        <source>No mission matches “{query}”.</source>
        <translation>“{query}”과(와) 일치하는 연수단이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="1017"/>
        <source>There are no missions in this database yet.</source>
        <translation>이 데이터베이스에는 아직 연수단이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="1018"/>
        <source>No mission selected.</source>
        <translation>선택된 연수단이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/main_window.py" line="1025"/>
        <source>Missions: {total}</source>
        <translation>연수단: {total}개</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="87"/>
        <source>Columns mapped as last time.</source>
        <translation>지난번과 같이 열을 연결했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="88"/>
        <source>&amp;Change column mapping…</source>
        <translation>열 연결 변경(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="98"/>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="98"/>
        <source>First values</source>
        <translation>첫 값</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="98"/>
        <source>Holds</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="131"/>
        <source>{count} columns are not recognised. Choose the field each one holds, or ignore it; the choice is remembered for files with the same columns.</source>
        <translation>열 {count}개를 알아볼 수 없습니다. 각 열이 어느 항목인지 고르거나 무시하십시오. 선택은 같은 열을 가진 파일에 다시 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="152"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="153"/>
        <source>{title} ({letter})</source>
        <translation>{title} ({letter})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="158"/>
        <source>Ignore this column</source>
        <translation>이 열 무시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="162"/>
        <source>{field} (required)</source>
        <translation>{field} (필수)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/column_mapping.py" line="210"/>
        <source>Still to choose: {fields}.</source>
        <translation>아직 고를 항목: {fields}.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="54"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="54"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="54"/>
        <source>Missions</source>
        <translation>연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="54"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/find_person.py" line="67"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>MeetingPointDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="23"/>
        <source>Meeting Point at {airport}</source>
        <translation>{airport} 만남 장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="25"/>
        <source>Every delegate&apos;s pack tells the people landing at {airport} where to find their greeter.</source>
        <translation>{airport}에 도착하는 참가자에게 안내 자료로 영접 담당자를 만날 곳을 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="31"/>
        <source>Exit 4</source>
        <translation>4번 출구</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="32"/>
        <source>In front of the Information desk</source>
        <translation>안내 데스크 앞</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="35"/>
        <source>Only on {day}</source>
        <translation>{day}에만</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="39"/>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="40"/>
        <source>Exit</source>
        <translation>출구</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="41"/>
        <source>Meeting point</source>
        <translation>만남 장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="42"/>
        <source>Greeter</source>
        <translation>영접 담당자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/meeting_point.py" line="43"/>
        <source>Greeter&apos;s phone</source>
        <translation>영접 담당자 전화</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="69"/>
        <source>Edit Notification: {code}</source>
        <translation>사업 안내 수정: {code}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="71"/>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="72"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="73"/>
        <source>Texts</source>
        <translation>본문</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="74"/>
        <source>Revisions</source>
        <translation>개정 이력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="133"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="134"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="135"/>
        <source>Reference</source>
        <translation>문서 번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="136"/>
        <source>Issued on</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="137"/>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="138"/>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="139"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="140"/>
        <source>Host country</source>
        <translation>주최국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="141"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="142"/>
        <source>Modality</source>
        <translation>운영 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="143"/>
        <source>Implementing organizations
(one per line)</source>
        <translation>시행 기관
(한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="144"/>
        <source>Signatory</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="145"/>
        <source>Signatory&apos;s title</source>
        <translation>서명자 직함</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="146"/>
        <source>Reporting currency</source>
        <translation>보고 통화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="150"/>
        <source>All APO member economies</source>
        <translation>모든 APO 회원국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="168"/>
        <source>Participating countries</source>
        <translation>참가국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="170"/>
        <source>Overseas quota</source>
        <translation>해외 참가자 정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="171"/>
        <source>Local quota</source>
        <translation>국내 참가자 정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="172"/>
        <source>Nominations close</source>
        <translation>추천 마감일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="173"/>
        <source>Qualifications</source>
        <translation>자격 요건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="174"/>
        <source>Nomination procedure</source>
        <translation>추천 절차</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="185"/>
        <source>Objectives
(one per line)</source>
        <translation>목표
(한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="186"/>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="187"/>
        <source>Scope and methodology</source>
        <translation>범위 및 방법</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="188"/>
        <source>Implementation procedures</source>
        <translation>시행 절차</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="189"/>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="195"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="195"/>
        <source>Issued on (YYYY-MM-DD)</source>
        <translation>발행일 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="195"/>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="195"/>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="204"/>
        <source>Add Revision</source>
        <translation>개정 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="206"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="294"/>
        <source>A mission needs a title.</source>
        <translation>연수단에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="296"/>
        <source>The last day is before the first.</source>
        <translation>마지막 날이 첫째 날보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="298"/>
        <source>“{zone}” is not a time zone; choose one from the list (Asia/Seoul, say).</source>
        <translation>“{zone}”은(는) 시간대가 아닙니다. 목록에서 고르십시오 (예: Asia/Seoul).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="303"/>
        <source>Each revision needs a number and a date written as YYYY-MM-DD.</source>
        <translation>개정마다 번호와 YYYY-MM-DD 형식의 날짜가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="306"/>
        <source>Two revisions have the same number.</source>
        <translation>두 개정의 번호가 같습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/mission_editor.py" line="310"/>
        <source>Revision {number} is longer than {limit} characters.</source>
        <translation>개정 {number}의 글이 {limit}자를 넘습니다.</translation>
    </message>
</context>
<context>
    <name>MissionListModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/mission_list.py" line="171"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/mission_list.py" line="173"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/mission_list.py" line="175"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/mission_list.py" line="177"/>
        <source>Modality</source>
        <translation>운영 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/mission_list.py" line="179"/>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
<context>
    <name>MissionPane</name>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="14"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="15"/>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="16"/>
        <source>People</source>
        <translation>명단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="17"/>
        <source>Sites</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="18"/>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="19"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="20"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tab_titles.py" line="21"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/mission_pane.py" line="74"/>
        <source>No mission selected.</source>
        <translation>선택된 연수단이 없습니다.</translation>
    </message>
</context>
<context>
    <name>MissionRole</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="27"/>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="28"/>
        <source>Resource person (overseas)</source>
        <translation>강사 (해외)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="29"/>
        <source>Resource person (local)</source>
        <translation>강사 (국내)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="30"/>
        <source>Observer</source>
        <translation>옵서버</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="31"/>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="89"/>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="90"/>
        <source>Digital</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="91"/>
        <source>Hybrid</source>
        <translation>혼합형</translation>
    </message>
</context>
<context>
    <name>NewItemEditor</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/new_item_editor.py" line="27"/>
        <source>Title of the new item</source>
        <translation>새 항목의 제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/new_item_editor.py" line="32"/>
        <source>Kind of the new item</source>
        <translation>새 항목의 종류</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="56"/>
        <source>New Mission</source>
        <translation>새 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="73"/>
        <source>Project code</source>
        <translation>프로젝트 코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="74"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="75"/>
        <source>First day</source>
        <translation>첫째 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="76"/>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="77"/>
        <source>Modality</source>
        <translation>진행 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="78"/>
        <source>Scope</source>
        <translation>참가 범위</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="79"/>
        <source>Rules</source>
        <translation>비용 분담 규칙</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="80"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="135"/>
        <source>Choose a time zone from the list: type part of its name to find it.</source>
        <translation>목록에서 시간대를 고르십시오. 이름의 일부를 입력하면 찾을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="138"/>
        <source>A mission needs a code and a title.</source>
        <translation>연수단에는 코드와 제목이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="133"/>
        <source>The last day is before the first.</source>
        <translation>마지막 날이 첫째 날보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="147"/>
        <source>A code is one line of visible characters, at most {limit} long.</source>
        <translation>코드는 보이는 문자로 된 한 줄이며 최대 {limit}자입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="151"/>
        <source>Another mission has the code {code}.</source>
        <translation>다른 연수단이 이미 코드 {code}을(를) 쓰고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/new_mission.py" line="153"/>
        <source>The code does not look like an APO code (it can still be used).</source>
        <translation>APO 코드 형식이 아닙니다(그래도 사용할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="11"/>
        <source>Project Code</source>
        <translation>프로젝트 코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="12"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="13"/>
        <source>Timing and Duration</source>
        <translation>일정 및 기간</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="14"/>
        <source>Ref. No.</source>
        <translation>문서 번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="15"/>
        <source>Date of Issue</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="16"/>
        <source>Hosting Country(ies)</source>
        <translation>주최국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="17"/>
        <source>Modality</source>
        <translation>운영 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="18"/>
        <source>Implementing Organization(s)</source>
        <translation>시행 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="19"/>
        <source>Participating Country(ies)</source>
        <translation>참가국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="20"/>
        <source>Overseas Participants</source>
        <translation>해외 참가자 정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="21"/>
        <source>Local Participants</source>
        <translation>국내 참가자 정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="22"/>
        <source>Qualifications of Participants</source>
        <translation>참가자 자격 요건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="23"/>
        <source>Nomination of Participants</source>
        <translation>참가자 추천 절차</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="24"/>
        <source>Closing Date for Nominations</source>
        <translation>추천 마감일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="25"/>
        <source>1. Objectives</source>
        <translation>1. 목표</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="26"/>
        <source>2. Background</source>
        <translation>2. 배경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="27"/>
        <source>3. Scope and Methodology</source>
        <translation>3. 범위 및 방법</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="28"/>
        <source>Indicative topics</source>
        <translation>예정 주제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="29"/>
        <source>Certificate of attendance</source>
        <translation>수료증</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="30"/>
        <source>4. Financial Arrangements</source>
        <translation>4. 비용 부담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="31"/>
        <source>Rule set preset</source>
        <translation>비용 규칙 기본값</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="32"/>
        <source>5. Implementation Procedures</source>
        <translation>5. 시행 절차</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="33"/>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="43"/>
        <source>Required: not found in the file; type it here.</source>
        <translation>필수 항목인데 파일에서 찾지 못했습니다. 여기에 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="45"/>
        <source>Not found in the file.</source>
        <translation>파일에서 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="46"/>
        <source>Not a date: write it as 15 September 2023.</source>
        <translation>날짜가 아닙니다. 15 September 2023처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="47"/>
        <source>Not a range of dates: write it as 24–25 November 2021.</source>
        <translation>날짜 범위가 아닙니다. 24–25 November 2021처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="50"/>
        <source>The stated duration and the dates disagree (days stated/counted: {detail}).</source>
        <translation>적힌 기간과 날짜가 맞지 않습니다(적힌 일수/센 일수: {detail}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="53"/>
        <source>Not a country known here: {detail}</source>
        <translation>알 수 없는 국가입니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="54"/>
        <source>Neither digital, face to face nor hybrid: face to face is assumed.</source>
        <translation>온라인, 대면, 혼합 어느 것도 아니어서 대면으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="57"/>
        <source>No number in it.</source>
        <translation>숫자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="58"/>
        <source>Told apart at commas and “and”: check the names (one a line).</source>
        <translation>쉼표와 “and”로 나누었습니다. 기관 이름을 확인하세요(한 줄에 하나).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="61"/>
        <source>Not in the APO pattern (21-IP-06-GE-OSM-B); kept as written.</source>
        <translation>APO 형식(21-IP-06-GE-OSM-B)이 아니지만 적힌 대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="64"/>
        <source>No preset quotes these arrangements: none is chosen; verify the text kept.</source>
        <translation>이 비용 부담 문구와 맞는 기본 규칙이 없어 선택하지 않았습니다. 남겨 둔 문구를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/notification_text.py" line="67"/>
        <source>Topics for day {detail}, after the last day: not placed.</source>
        <translation>{detail}일차 주제는 마지막 날 이후라 넣지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>NotificationReviewDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="51"/>
        <source>New Mission from Notification</source>
        <translation>통보문으로 새 연수단</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="56"/>
        <source>Read from {file}. Check each field against the words it came from; correct what is marked. Nothing is stored until you press OK.</source>
        <translation>{file}에서 읽었습니다. 각 항목을 원문과 대조하고 표시된 항목을 고치세요. 확인을 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="88"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="88"/>
        <source>Value (edit to correct)</source>
        <translation>값(고쳐 쓸 수 있음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="88"/>
        <source>Found in the file as</source>
        <translation>파일 원문</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="150"/>
        <source>Still needed before a mission can be made: {names}.</source>
        <translation>연수단을 만들려면 아직 필요합니다: {names}.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="153"/>
        <source>Mission {code} exists: OK stores this as a new revision of its notification.</source>
        <translation>연수단 {code}이(가) 이미 있습니다. 확인을 누르면 통보문의 새 개정으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="159"/>
        <source>OK creates mission {code} with its days and the indicative topics as draft items.</source>
        <translation>확인을 누르면 연수단 {code}을(를) 일자와 함께 만들고 예정 주제를 초안 항목으로 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/notification_review.py" line="165"/>
        <source>To check: {fields}.</source>
        <translation>확인할 항목: {fields}.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="68"/>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="69"/>
        <source>Edit Notification…</source>
        <translation>사업 안내 수정…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="71"/>
        <source>Practical Notes…</source>
        <translation>실무 안내…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="72"/>
        <source>Dress code, money, Wi-Fi and more, for every delegate&apos;s pack</source>
        <translation>복장, 경비, Wi-Fi 등 모든 참가자 안내 자료에 들어갈 내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="79"/>
        <source>None: this is the notification as first issued.</source>
        <translation>없음: 최초 발행된 공지입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="111"/>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="116"/>
        <source>Revisions</source>
        <translation>개정 이력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="125"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="126"/>
        <source>Reference</source>
        <translation>문서 번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="127"/>
        <location filename="../../mission_planner/gui/views/overview.py" line="224"/>
        <source>Issued on</source>
        <translation>발행일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="128"/>
        <source>Nominations close</source>
        <translation>추천 마감일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="129"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="130"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="131"/>
        <source>Host country</source>
        <translation>주최국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="132"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="133"/>
        <source>Modality</source>
        <translation>운영 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="134"/>
        <source>Implementing organizations</source>
        <translation>시행 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="135"/>
        <source>Participating countries</source>
        <translation>참가국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="136"/>
        <source>Quotas</source>
        <translation>정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="137"/>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="138"/>
        <source>Qualifications</source>
        <translation>자격 요건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="139"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="140"/>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="179"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="192"/>
        <source>All APO member economies</source>
        <translation>모든 APO 회원국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="198"/>
        <source>{overseas} overseas and {local} local participants</source>
        <translation>해외 참가자 {overseas}명, 국내 참가자 {local}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="200"/>
        <source>{overseas} overseas participants</source>
        <translation>해외 참가자 {overseas}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="202"/>
        <source>{local} local participants</source>
        <translation>국내 참가자 {local}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="208"/>
        <source>Participants: {count}</source>
        <translation>참가자: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="209"/>
        <source>Resource persons: {count}</source>
        <translation>강사: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="210"/>
        <source>Observers: {count}</source>
        <translation>옵서버: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="211"/>
        <source>Secretariat: {count}</source>
        <translation>사무국: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="216"/>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="218"/>
        <source>Total: {count}</source>
        <translation>합계: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="224"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="224"/>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/overview.py" line="224"/>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>Payer</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="53"/>
        <source>APO</source>
        <translation>APO</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="54"/>
        <source>Host</source>
        <translation>주최국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="55"/>
        <source>Participating country</source>
        <translation>참가국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="56"/>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="57"/>
        <source>Sponsor</source>
        <translation>후원 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="65"/>
        <source>Countries</source>
        <translation>각국</translation>
    </message>
</context>
<context>
    <name>PayerChart</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/payer_chart.py" line="71"/>
        <source>No budget lines yet.</source>
        <translation>아직 예산 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/payer_chart.py" line="128"/>
        <source>Budget ({currency})</source>
        <translation>예산 ({currency})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/payer_chart.py" line="129"/>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="60"/>
        <source>Previous Page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="62"/>
        <source>Next Page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="63"/>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="64"/>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="65"/>
        <source>Fit Width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="66"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="66"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="107"/>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="120"/>
        <source>Cannot show {name}: {reason}</source>
        <translation>{name}을(를) 표시할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/pdf_preview.py" line="133"/>
        <source>Page {number} of {total}</source>
        <translation>{total}쪽 중 {number}쪽</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="63"/>
        <source>{day} {month} {time}</source>
        <translation>{month} {day}일 {time}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="95"/>
        <source>{flight} at {airport}, {time} ({zone})</source>
        <translation>{flight}, {airport}, {time} ({zone})</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="219"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="221"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="223"/>
        <source>Organization</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="225"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="227"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="229"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="231"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="233"/>
        <source>Arrival</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/people.py" line="235"/>
        <source>Nights</source>
        <translation>숙박</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="266"/>
        <source>Search names, emails, organizations</source>
        <translation>이름, 이메일, 소속 기관 검색</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="271"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="274"/>
        <source>All roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="277"/>
        <location filename="../../mission_planner/gui/views/people.py" line="427"/>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="281"/>
        <source>Import nominations…</source>
        <translation>추천 명단 가져오기…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="326"/>
        <location filename="../../mission_planner/gui/views/people.py" line="595"/>
        <source>Add Person…</source>
        <translation>인원 추가…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="328"/>
        <location filename="../../mission_planner/gui/views/people.py" line="597"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="330"/>
        <location filename="../../mission_planner/gui/views/people.py" line="335"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="338"/>
        <source>Change Selected</source>
        <translation>선택 항목 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="348"/>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="349"/>
        <source>Show or hide the details of the person selected</source>
        <translation>선택한 사람의 상세 정보 보이기/숨기기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="362"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="364"/>
        <source>Accept…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="365"/>
        <source>Confirm…</source>
        <translation>확정…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="366"/>
        <source>Withdraw…</source>
        <translation>철회…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="367"/>
        <source>Reject…</source>
        <translation>거절…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="368"/>
        <source>Back to Nominated…</source>
        <translation>추천됨으로 되돌리기…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="371"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="374"/>
        <source>Group…</source>
        <translation>그룹…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="375"/>
        <source>Hotel and Dates…</source>
        <translation>호텔 및 숙박 날짜…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="443"/>
        <source>{shown} of {total}</source>
        <translation>{total}명 중 {shown}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="493"/>
        <source>1 person</source>
        <translation>1명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="493"/>
        <source>{count} people</source>
        <translation>{count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="494"/>
        <source>{airport}, {when}: {count}</source>
        <translation>{airport}, {when}: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="500"/>
        <source>Terminal {terminal}</source>
        <translation>{terminal}터미널</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="503"/>
        <source>Met at {where} by {greeter}</source>
        <translation>만남: {where}, 영접: {greeter}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="584"/>
        <source>{count} selected</source>
        <translation>{count}명 선택됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="640"/>
        <source>Remove {count} people</source>
        <translation>{count}명 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="661"/>
        <source>Make {count} people {role}</source>
        <translation>{count}명의 역할을 {role}(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="661"/>
        <source>Make 1 person {role}</source>
        <translation>1명의 역할을 {role}(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="672"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="673"/>
        <source>Group of the {count} people selected (split visits, transfers, pick-up):</source>
        <translation>선택한 {count}명의 그룹 (분반 방문, 이동, 공항 픽업):</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="678"/>
        <source>Put 1 person in group {group}</source>
        <translation>1명을 그룹 {group}에 배정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="680"/>
        <source>Put {count} people in group {group}</source>
        <translation>{count}명을 그룹 {group}에 배정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="720"/>
        <source>Import {count} nominations</source>
        <translation>추천자 {count}명 가져오기</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="112"/>
        <source>Edit Travel…</source>
        <translation>항공·숙박 수정…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="114"/>
        <source>Meeting Point…</source>
        <translation>만남 장소…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="115"/>
        <source>Where this person&apos;s pick-up group is met, and by whom</source>
        <translation>이 사람의 픽업 그룹을 어디서 누가 맞이하는지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="117"/>
        <source>Select a person to see their status, travel and hotel.</source>
        <translation>사람을 선택하면 상태, 항공편, 숙소 정보를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="127"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="128"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="129"/>
        <source>Nominated by</source>
        <translation>추천 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="130"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="131"/>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="132"/>
        <source>Flights</source>
        <translation>항공편</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="133"/>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="134"/>
        <source>Airport pick-up</source>
        <translation>공항 영접</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="141"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="183"/>
        <location filename="../../mission_planner/gui/views/people.py" line="184"/>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="193"/>
        <source>{status} on {date}</source>
        <translation>{date} {status}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="201"/>
        <source>{airport}, terminal {terminal}</source>
        <translation>{airport}, 제{terminal}터미널</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="202"/>
        <source>Arrives at {place}</source>
        <translation>{place} 도착</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="202"/>
        <source>Leaves from {place}</source>
        <translation>{place} 출발</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="205"/>
        <source>{what}, on {flight}</source>
        <translation>{what}, {flight}편</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="206"/>
        <source>{date}, {time} local time ({zone})</source>
        <translation>{date}, 현지 시각 {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="214"/>
        <source>1 night</source>
        <translation>1박</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="214"/>
        <source>{count} nights</source>
        <translation>{count}박</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/people.py" line="215"/>
        <source>{hotel}, {dates}: {nights}</source>
        <translation>{hotel}, {dates}: {nights}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="59"/>
        <source>Add Person</source>
        <translation>인원 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="61"/>
        <source>Edit {name}</source>
        <translation>{name} 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="82"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="83"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="84"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="101"/>
        <source>From the country, e.g. Europe/Istanbul</source>
        <translation>국가에 따름 (예: Europe/Istanbul)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="104"/>
        <source>For a name in another script, e.g. SHARMA</source>
        <translation>다른 문자로 쓴 이름일 때, 예: SHARMA</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="106"/>
        <source>As the passport prints it, e.g. SITA</source>
        <translation>여권에 적힌 대로, 예: SITA</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="110"/>
        <source>A few lines for the itinerary&apos;s list of resource persons</source>
        <translation>일정표의 전문가 명단에 실릴 몇 줄</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="113"/>
        <source>What the participant will apply after the mission</source>
        <translation>참가자가 연수 후 적용할 내용</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="117"/>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="118"/>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="119"/>
        <source>Family name as in passport</source>
        <translation>여권상 성</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="120"/>
        <source>Given name as in passport</source>
        <translation>여권상 이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="121"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="122"/>
        <source>Organization</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="123"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="124"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="125"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="126"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="127"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="130"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="132"/>
        <source>Nominated by</source>
        <translation>추천 기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="133"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="134"/>
        <source>Home time zone</source>
        <translation>거주지 시간대</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="135"/>
        <source>Dietary needs</source>
        <translation>식이 요구 사항</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="136"/>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="137"/>
        <source>Biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="138"/>
        <source>Action plan</source>
        <translation>실행 계획</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="142"/>
        <source>Show Personal Data…</source>
        <translation>개인정보 보기…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="184"/>
        <source>Personal data (kept private)</source>
        <translation>개인정보 (비공개 보관)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="185"/>
        <source>Kept out of shared documents and erased after the mission.</source>
        <translation>공유 문서에 포함되지 않으며 미션 후 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="191"/>
        <source>Passport number</source>
        <translation>여권 번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="192"/>
        <source>Passport expiry</source>
        <translation>여권 만료일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="193"/>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="246"/>
        <source>Give the family name.</source>
        <translation>성을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="248"/>
        <source>Choose the country.</source>
        <translation>국가를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="251"/>
        <source>{text} is not an email address.</source>
        <translation>{text}은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/person_editor.py" line="253"/>
        <source>Choose the home time zone from the list (type part of its name), or leave it empty.</source>
        <translation>거주지 시간대를 목록에서 고르거나 비워 두십시오. 이름의 일부를 입력하면 찾을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlaceKind</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="76"/>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="77"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="78"/>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="79"/>
        <source>Airport</source>
        <translation>공항</translation>
    </message>
</context>
<context>
    <name>PracticalNotesDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="35"/>
        <source>Practical Notes of {code}</source>
        <translation>{code}의 실무 안내</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="38"/>
        <source>Dress code</source>
        <translation>복장</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="39"/>
        <source>What to bring</source>
        <translation>준비물</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="40"/>
        <source>Money and per diem</source>
        <translation>통화와 일비</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="41"/>
        <source>Emergency numbers</source>
        <translation>긴급 전화번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="42"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="43"/>
        <source>Insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="46"/>
        <source>Business attire; comfortable shoes for the site visits</source>
        <translation>정장; 현장 방문에는 편한 신발</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="47"/>
        <source>Passport, business cards, a plug adapter</source>
        <translation>여권, 명함, 전원 어댑터</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="48"/>
        <source>Korean won (KRW); per diem paid in cash at registration</source>
        <translation>원화(KRW); 일비는 등록 시 현금 지급</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="49"/>
        <source>Police 112 · Fire and ambulance 119</source>
        <translation>경찰 112 · 화재·구급 119</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="50"/>
        <source>Network and password at the venue and the hotel</source>
        <translation>행사장과 호텔의 네트워크 이름과 비밀번호</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="51"/>
        <source>Who covers the delegates, and whom to call first</source>
        <translation>참가자 보험 담당과 먼저 연락할 곳</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="55"/>
        <source>Every delegate&apos;s pack prints these notes. Leave a field empty to leave it out.</source>
        <translation>모든 참가자 안내 자료에 이 내용이 인쇄됩니다. 빼려면 칸을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="68"/>
        <source>The car leaves the hotel</source>
        <translation>차량이 호텔에서 출발:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="72"/>
        <source> min before the flight</source>
        <translation>분 전 (항공편 기준)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="78"/>
        <source>Departure transfer</source>
        <translation>출국 교통편</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="79"/>
        <source>A departing flight&apos;s own pick-up time, set in its traveller&apos;s travel, comes first.</source>
        <translation>참가자 여행 정보에 항공편별 픽업 시각이 있으면 그것이 우선합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="84"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/practical_notes.py" line="98"/>
        <source>Host organization&apos;s office (taxi card)</source>
        <translation>주최 기관 사무실 (택시 카드)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="115"/>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="230"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="152"/>
        <source>Organization name:</source>
        <translation>기관명:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="153"/>
        <source>Signatory name:</source>
        <translation>서명자 이름:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="154"/>
        <source>Signatory title:</source>
        <translation>서명자 직함:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="155"/>
        <source>Logo:</source>
        <translation>로고:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="156"/>
        <source>Signature:</source>
        <translation>서명:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="157"/>
        <source>Default rule set:</source>
        <translation>기본 비용 분담 규칙:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="158"/>
        <source>Paper size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="159"/>
        <source>Organization (shared with the command line)</source>
        <translation>기관 (명령줄 도구와 공유)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="165"/>
        <source>Documents/Mission Planner in your home folder</source>
        <translation>홈 폴더의 Documents/Mission Planner</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="166"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="172"/>
        <source>As the system</source>
        <translation>시스템 설정에 따름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="175"/>
        <source>A new language takes effect the next time Mission Planner starts.</source>
        <translation>변경한 언어는 Mission Planner를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="178"/>
        <source>Documents folder:</source>
        <translation>문서 폴더:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="179"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="181"/>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/preferences.py" line="186"/>
        <source>Documents Folder</source>
        <translation>문서 폴더</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="201"/>
        <source>Check the rows</source>
        <translation>행 확인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="214"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="214"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="214"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="287"/>
        <source>1 problem</source>
        <translation>문제 1건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="287"/>
        <source>{count} problems</source>
        <translation>문제 {count}건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="288"/>
        <source>{count} to correct in the file; nothing is imported until then.</source>
        <translation>파일에서 {count}건을 수정해야 합니다. 수정하기 전까지는 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="290"/>
        <source>The first {shown} are listed.</source>
        <translation>처음 {shown}건을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="313"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>추가 {added}건, 갱신 {updated}건, 변경 없음 {unchanged}건.</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/print_choice.py" line="36"/>
        <source>All days</source>
        <translation>모든 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/print_choice.py" line="39"/>
        <source>Day {number}: {date}</source>
        <translation>{number}일차: {date}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/print_choice.py" line="48"/>
        <source>Document:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/print_choice.py" line="49"/>
        <source>Day:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/print_choice.py" line="50"/>
        <source>Security site:</source>
        <translation>보안 시설:</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="128"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="276"/>
        <source>{weekday} {day} {month}</source>
        <translation>{month} {day}일 ({weekday})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="305"/>
        <source>Day {number} · {date}</source>
        <translation>{number}일차 · {date}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="328"/>
        <source>Day</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="330"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="332"/>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="334"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="336"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="338"/>
        <source>Venue or site</source>
        <translation>장소 또는 방문지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/programme.py" line="340"/>
        <source>Speakers</source>
        <translation>발표자</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="169"/>
        <source>&amp;Delete Item</source>
        <translation>항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="174"/>
        <source>&amp;Add Item…</source>
        <translation>항목 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="178"/>
        <source>&amp;Edit Item…</source>
        <translation>항목 수정(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="205"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="220"/>
        <source>Cu&amp;t Items</source>
        <translation>항목 잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="223"/>
        <source>&amp;Copy Items</source>
        <translation>항목 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="226"/>
        <source>Pa&amp;ste Items</source>
        <translation>항목 붙여넣기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="228"/>
        <source>Paste the copied items on the selected day, at their times</source>
        <translation>복사한 항목을 선택한 날짜에 같은 시간으로 붙여넣습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="230"/>
        <source>D&amp;uplicate Items</source>
        <translation>항목 복제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="232"/>
        <source>Copy the selected items right after themselves on their day</source>
        <translation>선택한 항목을 같은 날 바로 뒤에 복제합니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="242"/>
        <source>Da&amp;y</source>
        <translation>날짜(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="243"/>
        <source>&amp;Shift Day…</source>
        <translation>날짜 옮기기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="244"/>
        <source>Move the day&apos;s items to another date, keeping their times</source>
        <translation>그날의 항목을 시간은 그대로 두고 다른 날짜로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="246"/>
        <source>&amp;Copy Day…</source>
        <translation>날짜 복사(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="247"/>
        <source>Copy the day&apos;s items to another date</source>
        <translation>그날의 항목을 다른 날짜로 복사합니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="249"/>
        <source>&amp;Insert Day</source>
        <translation>날짜 삽입(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="251"/>
        <source>Make room for a day after this one: the later days move one day on</source>
        <translation>이 날 다음에 빈 날을 넣습니다: 이후 날짜는 하루씩 뒤로 밀립니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="254"/>
        <source>&amp;Remove Day</source>
        <translation>날짜 삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="256"/>
        <source>Remove the day and its items: the later days move one day earlier</source>
        <translation>그날과 항목을 삭제합니다: 이후 날짜는 하루씩 앞당겨집니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="592"/>
        <source>Shift Day</source>
        <translation>날짜 옮기기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="593"/>
        <source>The items of {day} move to this date, keeping their times.</source>
        <translation>{day}의 항목이 시간은 그대로 이 날짜로 옮겨집니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="610"/>
        <source>Copy Day</source>
        <translation>날짜 복사</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="611"/>
        <source>The items of {day} are copied to this date, keeping their times.</source>
        <translation>{day}의 항목이 시간은 그대로 이 날짜로 복사됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="722"/>
        <source>Left out {count} speakers or attendees not in this mission</source>
        <translation>이 미션에 없는 발표자 또는 참석자 {count}명을 제외했습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/programme.py" line="724"/>
        <source>Left out {count} sites not in the catalogue</source>
        <translation>목록에 없는 장소 {count}곳을 제외했습니다</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../mission_planner/gui/tasks.py" line="148"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QuantityBasis</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="38"/>
        <source>as typed</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="39"/>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="40"/>
        <source>per overseas participant</source>
        <translation>해외 참가자당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="41"/>
        <source>per local participant</source>
        <translation>국내 참가자당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="42"/>
        <source>per person-night</source>
        <translation>1인 1박당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="43"/>
        <source>per local resource person</source>
        <translation>국내 강사당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="44"/>
        <source>per overseas resource person</source>
        <translation>해외 강사당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="45"/>
        <source>per day</source>
        <translation>1일당</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="46"/>
        <source>per site visit</source>
        <translation>현장 방문당</translation>
    </message>
</context>
<context>
    <name>QuantitySource</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="156"/>
        <source>{quota}, the quota</source>
        <translation>{quota}, 정원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="158"/>
        <source>{accepted} accepted</source>
        <translation>{accepted}명 승인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="160"/>
        <source>{quota}, the quota ({accepted} accepted)</source>
        <translation>{quota}, 정원 ({accepted}명 승인)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="164"/>
        <source>{nominated} nominated (no quota)</source>
        <translation>{nominated}명 추천 (정원 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="168"/>
        <source>overseas participants: {who}</source>
        <translation>해외 참가자: {who}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="178"/>
        <source>No one is accepted yet: the Project Notification&apos;s quota counts ({nominated} nominated).</source>
        <translation>아직 승인된 사람이 없어 프로젝트 통보의 정원으로 계산합니다 (추천 {nominated}명).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="183"/>
        <source>More people are accepted than the quota; the quota counts. Type the quantity on the line to count more.</source>
        <translation>승인된 인원이 정원보다 많아 정원으로 계산합니다. 더 계산하려면 항목에 수량을 직접 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="39"/>
        <source>There is no such file.</source>
        <translation>그런 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="40"/>
        <source>The file cannot be read: permission denied.</source>
        <translation>파일을 읽을 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="41"/>
        <source>The file is a symbolic link that leads in a circle.</source>
        <translation>이 파일은 순환하는 심볼릭 링크입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="42"/>
        <source>This is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="43"/>
        <source>This is not a regular file.</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="44"/>
        <source>The file name is too long.</source>
        <translation>파일 이름이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="45"/>
        <source>This is an old Excel .xls workbook; save it as .xlsx or as CSV UTF-8.</source>
        <translation>예전 Excel .xls 통합 문서입니다. .xlsx 또는 CSV UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="48"/>
        <source>This is not a readable XLSX workbook.</source>
        <translation>읽을 수 있는 XLSX 통합 문서가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="49"/>
        <source>The file has no rows.</source>
        <translation>파일에 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="50"/>
        <source>The file is damaged, or is not the kind of file its name says; nothing was read.</source>
        <translation>파일이 손상되었거나 이름이 가리키는 종류의 파일이 아닙니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="53"/>
        <source>This is not a Project Notification this program reads: a PDF, a Word (.docx) or a text file.</source>
        <translation>이 프로그램이 읽을 수 있는 프로젝트 통보문이 아닙니다. PDF, Word(.docx) 또는 텍스트 파일이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="56"/>
        <source>This PDF is locked with a password.</source>
        <translation>이 PDF는 암호로 잠겨 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="57"/>
        <source>This PDF has no text to read (a scanned image?): save the notification as Word or text.</source>
        <translation>이 PDF에는 읽을 텍스트가 없습니다(스캔한 이미지인가요?). 통보문을 Word나 텍스트로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="60"/>
        <source>This is not a Project Notification: it has no Project Code, Title or Timing and Duration.</source>
        <translation>프로젝트 통보문이 아닙니다. 프로젝트 코드, 제목, 일정 및 기간이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="63"/>
        <source>The file holds a NUL character, which no text file has; is it a spreadsheet saved as text?</source>
        <translation>파일에 텍스트 파일에는 없는 NUL 문자가 들어 있습니다. 다른 형식으로 저장된 스프레드시트가 아닌지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="79"/>
        <source>This file holds more text than any Project Notification; nothing was read.</source>
        <translation>이 파일에는 어떤 프로젝트 통보문보다 많은 텍스트가 있어 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="83"/>
        <source>A notification needs its Project Code, Title and Timing and Duration.</source>
        <translation>통보문에는 프로젝트 코드, 제목, 일정 및 기간이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="87"/>
        <source>No site this mission visits wants a list of visitors; there is no visitor list to write.</source>
        <translation>이 미션이 방문하는 곳 중 방문자 명단을 요구하는 곳이 없어 작성할 방문자 명단이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="91"/>
        <source>The mission visits several sites that want a list of visitors ({sites}); choose one.</source>
        <translation>이 미션은 방문자 명단을 요구하는 여러 곳을 방문합니다({sites}). 한 곳을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="95"/>
        <source>line {line}: {message}</source>
        <translation>{line}행: {message}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="99"/>
        <source>Choose which letter to write.</source>
        <translation>작성할 서한을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="101"/>
        <source>{letter} is not a letter.</source>
        <translation>{letter}은(는) 서한 종류가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="103"/>
        <source>{mission} visits no institution: there is no site to write to.</source>
        <translation>{mission}에는 방문하는 기관이 없어 서한을 보낼 곳이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="107"/>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field}이(가) {limit}자보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="111"/>
        <source>{mission} meets online: no one needs a visa for it.</source>
        <translation>{mission}은(는) 온라인으로 진행되므로 비자가 필요한 사람이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="115"/>
        <source>{mission} has no accepted participant from abroad to write to.</source>
        <translation>{mission}에는 서한을 보낼 수락된 해외 참가자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="119"/>
        <source>An evaluation response names {uid}, who is not among the mission&apos;s people.</source>
        <translation>평가 응답이 연수단에 없는 사람 {uid}을(를) 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="123"/>
        <source>This person is in the mission already.</source>
        <translation>이 사람은 이미 연수단에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="125"/>
        <source>“{key}” (for the column “{column}”) is not a field.</source>
        <translation>“{key}”(“{column}” 열에 지정)은(는) 필드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="129"/>
        <source>{field} {problem}</source>
        <translation>‘{field}’ 항목: {problem}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="133"/>
        <source>{field} cannot be negative.</source>
        <translation>‘{field}’ 값은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="135"/>
        <source>{site} is used by {count} programme items or hotel stays; change those first.</source>
        <translation>{site}은(는) 프로그램 일정 또는 호텔 숙박 {count}건에서 사용 중입니다. 먼저 그것들을 변경하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="140"/>
        <source>{mission} ends on {end}; personal data is purged after a mission.</source>
        <translation>{mission}은(는) {end}에 끝납니다. 개인정보는 연수가 끝난 후에 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="144"/>
        <source>A mission with the code {code} already exists.</source>
        <translation>코드가 {code}인 연수가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="148"/>
        <source>{source} would replace the identity data (passport, date of birth) of people who are in other missions too. Nothing was imported.</source>
        <translation>{source}을(를) 가져오면 다른 연수에도 참여하는 사람들의 신원 정보(여권, 생년월일)가 바뀝니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="154"/>
        <source>The database is busy: another program is writing to it. Try again.</source>
        <translation>데이터베이스가 사용 중입니다. 다른 프로그램이 쓰고 있습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="158"/>
        <source>Cannot write to the database: no space left. Nothing was changed.</source>
        <translation>데이터베이스에 쓸 수 없습니다. 저장 공간이 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="162"/>
        <source>Cannot open or reach the database {location} ({reason}).</source>
        <translation>데이터베이스 {location}을(를) 열거나 연결할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="166"/>
        <source>{location} holds tables but is not a Mission Planner database.</source>
        <translation>{location}에는 테이블이 있지만 Mission Planner 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="170"/>
        <source>{location} was written by a newer Mission Planner. Install the newer version to open it.</source>
        <translation>{location}은(는) 더 새로운 Mission Planner로 작성되었습니다. 열려면 새 버전을 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="174"/>
        <source>Cannot write {file}: the disk is full. Any file that was there is left as it was.</source>
        <translation>{file}을(를) 쓸 수 없습니다. 디스크가 가득 찼습니다. 이미 있던 파일은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="178"/>
        <source>Cannot write {file}: permission denied. Choose another folder.</source>
        <translation>{file}을(를) 쓸 수 없습니다. 권한이 없습니다. 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="182"/>
        <source>Cannot write {file} ({reason}).</source>
        <translation>{file}을(를) 쓸 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="186"/>
        <source>This is not a PNG or JPEG image.</source>
        <translation>PNG 또는 JPEG 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="188"/>
        <source>A site needs an English name.</source>
        <translation>방문지에는 영문 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="190"/>
        <source>A travel time needs two different places.</source>
        <translation>이동 시간에는 서로 다른 두 장소가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="192"/>
        <source>{minutes} minutes is not a plausible journey.</source>
        <translation>{minutes}분은 있을 법한 이동 시간이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="196"/>
        <source>“{text}” is not an ISO 4217 currency code.</source>
        <translation>“{text}”은(는) ISO 4217 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="200"/>
        <source>An exchange rate must be more than 0.</source>
        <translation>환율은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="202"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>파일을 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="206"/>
        <source>The file is larger than the {limit} this program reads.</source>
        <translation>파일이 이 프로그램이 읽는 최대 크기 {limit}보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="212"/>
        <source>Row {row}, column {column}: the cell holds {length} characters; a cell holds at most {limit}.</source>
        <translation>{row}행 {column}열: 셀에 {length}자가 있습니다. 셀 하나에는 최대 {limit}자까지 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="219"/>
        <source>No header row has a column “{column}”.</source>
        <translation>“{column}” 열이 있는 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="223"/>
        <source>The file cannot be read as {encoding} text; save it as CSV UTF-8.</source>
        <translation>파일을 {encoding} 텍스트로 읽을 수 없습니다. CSV UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="231"/>
        <source>The file has more than {limit} rows, the most read.</source>
        <translation>파일의 행이 읽을 수 있는 최대치인 {limit}개를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="232"/>
        <source>The file has more than {limit} columns, the most read.</source>
        <translation>파일의 열이 읽을 수 있는 최대치인 {limit}개를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="235"/>
        <source>The file has more than {limit} cells, the most read.</source>
        <translation>파일의 셀이 읽을 수 있는 최대치인 {limit}개를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="243"/>
        <source>This site no longer exists; someone may have deleted it.</source>
        <translation>이 방문지는 더 이상 없습니다. 다른 사람이 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="244"/>
        <source>This programme item no longer exists; someone may have deleted it.</source>
        <translation>이 프로그램 일정은 더 이상 없습니다. 다른 사람이 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="247"/>
        <source>This budget line no longer exists; someone may have deleted it.</source>
        <translation>이 예산 항목은 더 이상 없습니다. 다른 사람이 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="250"/>
        <source>This person is no longer in the mission; someone may have removed them.</source>
        <translation>이 사람은 더 이상 이 연수에 없습니다. 다른 사람이 제외했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="255"/>
        <source>There is no mission with the code {code}.</source>
        <translation>코드가 {code}인 연수가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="256"/>
        <source>{key} no longer exists.</source>
        <translation>{key}은(는) 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="263"/>
        <source>An item needs a title.</source>
        <translation>항목에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="266"/>
        <source>“{title}” must end after it starts ({start}).</source>
        <translation>“{title}”은(는) 시작 시각({start})보다 늦게 끝나야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="270"/>
        <source>“{title}” would run past midnight.</source>
        <translation>“{title}”이(가) 자정을 넘기게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="274"/>
        <source>A flight needs an airport.</source>
        <translation>항공편에는 공항이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="276"/>
        <source>A person needs a family name.</source>
        <translation>성을 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="278"/>
        <source>{text} is not a country.</source>
        <translation>{text}은(는) 국가가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="280"/>
        <source>{text} is not an email address.</source>
        <translation>{text}은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="282"/>
        <source>{text} is not a time zone.</source>
        <translation>{text}은(는) 시간대가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="284"/>
        <source>{name} of this mission has the email {email} already.</source>
        <translation>이 미션의 {name}이(가) 이미 이메일 {email}을(를) 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="288"/>
        <source>The stay at {hotel} ends before it begins.</source>
        <translation>{hotel} 숙박의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="292"/>
        <source>The host organization&apos;s office is no longer a site.</source>
        <translation>주최 기관 사무실이 더 이상 장소 목록에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="294"/>
        <source>A meeting point needs an airport.</source>
        <translation>만남 장소에는 공항이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="296"/>
        <source>{airport} has two meeting points for the same day.</source>
        <translation>{airport}에 같은 날의 만남 장소가 두 개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="300"/>
        <source>The hotel pick-up can be at most {limit} minutes before the flight.</source>
        <translation>호텔 픽업은 항공편 출발 {limit}분 전까지만 정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="309"/>
        <source>This was changed by someone else at the same moment; reload to see their change. Nothing was saved.</source>
        <translation>같은 순간에 다른 사람이 이 항목을 변경했습니다. 다시 불러와 변경 내용을 확인하십시오. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="313"/>
        <source>«{what}» was changed by someone else since you opened it; reload to see their change.</source>
        <translation>«{what}»을(를) 연 뒤 다른 사람이 변경했습니다. 다시 불러와 변경 내용을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="321"/>
        <source>1 problem</source>
        <translation>문제 1건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="323"/>
        <source>{count} problems</source>
        <translation>문제 {count}건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="326"/>
        <source>{count}; nothing was imported:</source>
        <translation>{count}. 아무것도 가져오지 않았습니다:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/refusal_text.py" line="329"/>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
</context>
<context>
    <name>RuleFit</name>
    <message>
        <location filename="../../mission_planner/gui/rule_fit_text.py" line="18"/>
        <source>No preset fits a mission that is {modality}, {scope}: it starts without rules.</source>
        <translation>{modality}·{scope} 연수단에 맞는 기본 규칙이 없어 비용 분담 규칙 없이 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_fit_text.py" line="23"/>
        <source>Starts on the rules “{name}” (verified).</source>
        <translation>비용 분담 규칙 “{name}”(검증됨)으로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_fit_text.py" line="25"/>
        <source>Starts on the rules “{name}” (a template to verify).</source>
        <translation>비용 분담 규칙 “{name}”(검증이 필요한 서식)으로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_fit_text.py" line="32"/>
        <source>No preset fits a mission that is {modality}, {scope}: choose one or write the rules.</source>
        <translation>{modality}·{scope} 연수단에 맞는 기본 규칙이 없습니다. 규칙을 고르거나 직접 작성하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_fit_text.py" line="35"/>
        <source>Choose a preset or write the rules.</source>
        <translation>기본 규칙을 고르거나 직접 작성하십시오.</translation>
    </message>
</context>
<context>
    <name>RuleSetEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="154"/>
        <source>Edit Rules</source>
        <translation>분담 규칙 수정</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="159"/>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="160"/>
        <source>Unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="170"/>
        <source>Add Rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="172"/>
        <source>Remove Rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="199"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="201"/>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="202"/>
        <source>Split</source>
        <translation>분담 방식</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="207"/>
        <source>Only for (none: all)</source>
        <translation>적용 대상 (선택 없음: 전체)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="211"/>
        <source>Only for roles</source>
        <translation>적용 역할</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="212"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="217"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="218"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="219"/>
        <source>To verify</source>
        <translation>확인할 사항</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="220"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="221"/>
        <source>Lines no rule covers go to</source>
        <translation>규칙이 없는 항목의 부담 주체</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="337"/>
        <source>The amount is not a number.</source>
        <translation>금액이 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>RuleSetProblem</name>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="21"/>
        <source>Rule {number}: {problem}</source>
        <translation>규칙 {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="30"/>
        <source>The rule set needs a name.</source>
        <translation>비용 분담 규칙에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="32"/>
        <source>“{category}” is not a budget category.</source>
        <translation>“{category}”은(는) 예산 항목 분류가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="36"/>
        <source>the split needs a payer.</source>
        <translation>분담 방식에 부담 주체가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="38"/>
        <source>the split needs a payer for the rest.</source>
        <translation>분담 방식에 나머지를 부담할 주체가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="40"/>
        <source>no shares given.</source>
        <translation>분담 비율이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="42"/>
        <source>{share}% is not between 0% and 100%.</source>
        <translation>{share}%는 0%와 100% 사이가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="46"/>
        <source>the shares add up to {total}%, not 100%.</source>
        <translation>분담 비율의 합이 100%가 아니라 {total}%입니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="50"/>
        <source>the number of units must be 0 or more.</source>
        <translation>단위 수는 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="52"/>
        <source>the cap must be an amount of 0 or more.</source>
        <translation>상한액은 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/rule_set_problem_text.py" line="54"/>
        <source>“{currency}” is not an ISO 4217 code.</source>
        <translation>“{currency}”은(는) ISO 4217 통화 코드가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="79"/>
        <source>{payer} pays</source>
        <translation>{payer} 부담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="82"/>
        <source>{payer} {share}%</source>
        <translation>{payer} {share}%</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="86"/>
        <source>the first {units} units {payer}, the rest {rest}</source>
        <translation>처음 {units}단위는 {payer}, 나머지는 {rest}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="90"/>
        <source>{payer} up to {cap} {currency}, the rest {rest}</source>
        <translation>{cap} {currency}까지 {payer}, 나머지는 {rest}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/budget.py" line="96"/>
        <source>{category}: {split}</source>
        <translation>{category}: {split}</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="99"/>
        <source>Multicountry</source>
        <translation>다국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="100"/>
        <source>Individual country</source>
        <translation>개별 국가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/formatting.py" line="101"/>
        <source>Bilateral</source>
        <translation>양자</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="127"/>
        <source>{title} ({letter})</source>
        <translation>{title} ({letter})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="130"/>
        <source>→ {field}</source>
        <translation>→ {field}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/import_wizard.py" line="130"/>
        <source>(ignored)</source>
        <translation>(무시함)</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../../mission_planner/gui/commands/sites.py" line="37"/>
        <source>Add site “{name}”</source>
        <translation>방문지 “{name}” 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/sites.py" line="61"/>
        <source>Edit site “{name}”</source>
        <translation>방문지 “{name}” 편집</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/sites.py" line="80"/>
        <source>Delete site “{name}”</source>
        <translation>방문지 “{name}” 삭제</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/commands/sites.py" line="103"/>
        <source>Change the travel time {names}</source>
        <translation>이동 시간 변경: {names}</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="79"/>
        <source>New Site</source>
        <translation>새 방문지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="79"/>
        <source>Edit Site</source>
        <translation>방문지 편집</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="82"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="83"/>
        <source>Address and contact</source>
        <translation>주소 및 연락처</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="84"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="129"/>
        <source>Two-letter country code, KR for Korea</source>
        <translation>두 글자 국가 코드 (한국은 KR)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="130"/>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="131"/>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="176"/>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="130"/>
        <source> people</source>
        <translation>명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="131"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="133"/>
        <source>English name:</source>
        <translation>영문 이름:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="134"/>
        <source>Korean name:</source>
        <translation>국문 이름:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="135"/>
        <source>Acronym:</source>
        <translation>약칭:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="136"/>
        <source>Kind:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="137"/>
        <source>City:</source>
        <translation>도시:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="138"/>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="139"/>
        <source>Capacity:</source>
        <translation>수용 인원:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="140"/>
        <source>Typical visit:</source>
        <translation>통상 방문 시간:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="158"/>
        <source>Address in English:</source>
        <translation>영문 주소:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="159"/>
        <source>Address in Korean:</source>
        <translation>국문 주소:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="160"/>
        <source>Contact person:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="161"/>
        <source>Phone:</source>
        <translation>전화:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="162"/>
        <source>Email:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="163"/>
        <source>Website:</source>
        <translation>웹사이트:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="164"/>
        <source>Latitude:</source>
        <translation>위도:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="165"/>
        <source>Longitude:</source>
        <translation>경도:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="170"/>
        <source>Add Opening Hours</source>
        <translation>운영 시간 추가</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="175"/>
        <source>Security: a list of visitors must be sent ahead</source>
        <translation>보안: 방문자 명단을 사전에 보내야 함</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="176"/>
        <source> days ahead</source>
        <translation>일 전</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="180"/>
        <source>Opening hours:</source>
        <translation>운영 시간:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="182"/>
        <source>Visitor list:</source>
        <translation>방문자 명단:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="183"/>
        <source>Access notes:</source>
        <translation>출입 참고 사항:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="184"/>
        <source>Printed on the day&apos;s agenda, e.g. business attire</source>
        <translation>그날 일정표에 인쇄됨, 예: 비즈니스 정장</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="185"/>
        <source>Dress code:</source>
        <translation>복장 규정:</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="262"/>
        <source>A site needs an English name.</source>
        <translation>방문지에는 영문 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/site_editor.py" line="265"/>
        <source>Opening hours must close after they open.</source>
        <translation>운영 종료 시간은 시작 시간보다 늦어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="47"/>
        <source>closed</source>
        <translation>휴무</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="55"/>
        <source>visitor list required</source>
        <translation>방문자 명단 필요</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="58"/>
        <source>visitor list 1 day ahead</source>
        <translation>방문자 명단 1일 전 제출</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="59"/>
        <source>visitor list {days} days ahead</source>
        <translation>방문자 명단 {days}일 전 제출</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="123"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="125"/>
        <source>Korean name</source>
        <translation>국문 이름</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="127"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="129"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="131"/>
        <source>Capacity</source>
        <translation>수용 인원</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="133"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="79"/>
        <source>Sites</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="117"/>
        <source>&amp;Add Site…</source>
        <translation>방문지 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="119"/>
        <source>&amp;Edit Site…</source>
        <translation>방문지 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="121"/>
        <source>&amp;Delete Site</source>
        <translation>방문지 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="146"/>
        <source>Travel times from this site, in minutes by road (empty: not known)</source>
        <translation>이 방문지에서의 차량 이동 시간(분) (빈칸: 알 수 없음)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="223"/>
        <source>No site selected.</source>
        <translation>선택된 방문지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="285"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="294"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="303"/>
        <source>Opening hours</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="307"/>
        <source>Capacity: {count} people</source>
        <translation>수용 인원: {count}명</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="310"/>
        <source>A visit usually takes {minutes} minutes</source>
        <translation>방문에 보통 {minutes}분 소요</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="317"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/sites.py" line="323"/>
        <source>Access notes</source>
        <translation>출입 참고 사항</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="61"/>
        <source>One payer</source>
        <translation>한 주체가 전액 부담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="62"/>
        <source>Shares in percent</source>
        <translation>비율(%)로 분담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="63"/>
        <source>The first units to one payer</source>
        <translation>처음 몇 단위를 한 주체가 부담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="64"/>
        <source>Up to an amount to one payer</source>
        <translation>한도액까지 한 주체가 부담</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="75"/>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="85"/>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="92"/>
        <source>Payer</source>
        <translation>부담 주체</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="86"/>
        <source>Units</source>
        <translation>단위 수</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="87"/>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="95"/>
        <source>The rest</source>
        <translation>나머지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="93"/>
        <source>Up to</source>
        <translation>한도</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/rule_set_editor.py" line="94"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../mission_planner/gui/views/start_page.py" line="23"/>
        <source>Welcome to Mission Planner</source>
        <translation>Mission Planner에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/start_page.py" line="28"/>
        <source>There are no missions in this database yet. How would you like to begin?</source>
        <translation>이 데이터베이스에는 아직 연수단이 없습니다. 어떻게 시작하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/start_page.py" line="40"/>
        <source>Start an empty mission: its code, title, dates and time zone.</source>
        <translation>빈 연수단을 시작합니다: 코드, 제목, 날짜, 시간대.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/start_page.py" line="43"/>
        <source>Three example missions with programmes, people and budgets, to try everything.</source>
        <translation>프로그램, 사람, 예산이 모두 있는 예제 연수단 세 개로 모든 기능을 시험해 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/start_page.py" line="47"/>
        <source>A mission file (.json) or a mission archive (.mission) written by Mission Planner.</source>
        <translation>Mission Planner가 만든 연수단 파일(.json)이나 연수단 보관 파일(.mission).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="16"/>
        <source>Nominated</source>
        <translation>추천됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="17"/>
        <source>Accepted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="18"/>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="19"/>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/labels.py" line="20"/>
        <source>Rejected</source>
        <translation>거절됨</translation>
    </message>
</context>
<context>
    <name>StatusDateDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="20"/>
        <source>Change Status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="21"/>
        <source>Mark {count} people as {status}.</source>
        <translation>{count}명을 {status}(으)로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="21"/>
        <source>Mark 1 person as {status}.</source>
        <translation>1명을 {status}(으)로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="26"/>
        <source>On</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="43"/>
        <source>Hotel for {count} People</source>
        <translation>{count}명의 호텔</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="50"/>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="51"/>
        <source>Check-in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="52"/>
        <source>Check-out</source>
        <translation>체크아웃</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="56"/>
        <source>Replaces the hotel stays of the person selected.</source>
        <translation>선택한 1명의 호텔 숙박을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="58"/>
        <source>Replaces the hotel stays of the {count} people selected.</source>
        <translation>선택한 {count}명의 호텔 숙박을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="73"/>
        <source>Give the hotel&apos;s name.</source>
        <translation>호텔 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/bulk_people.py" line="75"/>
        <source>The check-out is before the check-in.</source>
        <translation>체크아웃이 체크인보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="329"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="333"/>
        <source>Copy with Column &amp;Titles</source>
        <translation>열 제목과 함께 복사(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="335"/>
        <source>E&amp;xport Visible Rows to XLSX…</source>
        <translation>보이는 행을 XLSX로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="349"/>
        <source>table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="351"/>
        <source>Export Visible Rows</source>
        <translation>보이는 행 내보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/table_tools.py" line="351"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TaskStatusDialog</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/task_status.py" line="27"/>
        <source>Done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/task_status.py" line="28"/>
        <source>By</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/task_status.py" line="32"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="24"/>
        <source>Nominations close: chase the missing ones</source>
        <translation>추천 마감: 빠진 추천을 독촉하기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="25"/>
        <source>Send the acceptance notices</source>
        <translation>참가 승인 통지 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="26"/>
        <source>Send the detailed programme to participants</source>
        <translation>참가자에게 상세 일정 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="27"/>
        <source>Send the visitor list to the security site</source>
        <translation>보안 방문지에 방문자 명단 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="28"/>
        <source>Send the rooming list to the hotel</source>
        <translation>호텔에 객실 배정 명단 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="29"/>
        <source>Send the pick-up list to the drivers</source>
        <translation>기사에게 픽업 명단 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="30"/>
        <source>Send the certificates</source>
        <translation>수료증 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="31"/>
        <source>Close the evaluation</source>
        <translation>평가 마감하기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="32"/>
        <source>Send the completion report to the APO</source>
        <translation>APO에 결과 보고서 보내기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="33"/>
        <source>Purge personal data (retention period over)</source>
        <translation>개인정보 파기 (보존 기간 종료)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="36"/>
        <source>{what} ({site})</source>
        <translation>{what} ({site})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="44"/>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="45"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="46"/>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="57"/>
        <source>1 day overdue</source>
        <translation>1일 지남</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="59"/>
        <source>{days} days overdue</source>
        <translation>{days}일 지남</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="62"/>
        <source>due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="64"/>
        <source>in 1 day</source>
        <translation>1일 남음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/task_text.py" line="66"/>
        <source>in {days} days</source>
        <translation>{days}일 남음</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="66"/>
        <source>Due</source>
        <translation>마감일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="66"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="66"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="66"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="66"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="75"/>
        <source>Mark &amp;Done…</source>
        <translation>완료 표시(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="76"/>
        <source>&amp;Not Applicable…</source>
        <translation>해당 없음(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="77"/>
        <source>&amp;Reopen</source>
        <translation>다시 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="78"/>
        <source>Change the &amp;Days…</source>
        <translation>일수 변경(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="83"/>
        <source>When this mission&apos;s task falls due, in days from what it follows</source>
        <translation>이 미션의 할 일 마감: 기준일로부터의 일수</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="113"/>
        <source>{open} of {total} tasks open, {overdue} overdue (today: {today}).</source>
        <translation>할 일 {total}개 중 {open}개 미완료, {overdue}개 마감 지남 (오늘: {today}).</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="179"/>
        <source>Mark Done</source>
        <translation>완료 표시</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="190"/>
        <source>Not Applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="204"/>
        <source>Sent?</source>
        <translation>보냈습니까?</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="205"/>
        <source>Written now. Has it been sent? Mark these tasks done:
{tasks}</source>
        <translation>방금 작성했습니다. 보냈습니까? 다음 할 일을 완료로 표시합니다:
{tasks}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="254"/>
        <source>Change the Days</source>
        <translation>일수 변경</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/tasks.py" line="256"/>
        <source>{what}

Days after what the task follows (negative: before). The organization&apos;s rule says {days}.</source>
        <translation>{what}

기준일로부터의 일수 (음수: 이전). 기관 규칙은 {days}일입니다.</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="45"/>
        <location filename="../../mission_planner/gui/views/this_week.py" line="77"/>
        <location filename="../../mission_planner/gui/views/this_week.py" line="89"/>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="57"/>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="87"/>
        <source>This week: {count} overdue</source>
        <translation>이번 주: {count}개 마감 지남</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="93"/>
        <source>… and {count} more</source>
        <translation>… 외 {count}건</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="94"/>
        <source>Each mission&apos;s Tasks tab lists its own; archiving a finished mission takes them off here.</source>
        <translation>각 미션의 할 일 탭에 모두 나옵니다. 끝난 미션을 보관하면 여기서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="103"/>
        <source>{due} · {code}
{what} ({when})</source>
        <translation>{due} · {code}
{what} ({when})</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/views/this_week.py" line="98"/>
        <source>Nothing due in the next seven days.</source>
        <translation>앞으로 7일 안에 마감되는 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="51"/>
        <source>Previous day</source>
        <translation>이전 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="52"/>
        <source>Next day</source>
        <translation>다음 날</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="74"/>
        <source>Week</source>
        <translation>주간</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="76"/>
        <source>Show all the mission&apos;s days side by side</source>
        <translation>미션의 모든 날을 나란히 보기</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="105"/>
        <source>Times in {zone}</source>
        <translation>시각 기준: {zone}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="121"/>
        <source>No programme yet</source>
        <translation>아직 일정이 없습니다</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="125"/>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="154"/>
        <source>Day {number} · {date}</source>
        <translation>{number}일차 · {date}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="141"/>
        <source>All days ({count})</source>
        <translation>전체 {count}일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/widgets/timeline_pane.py" line="149"/>
        <source>{weekday} {day} {month}</source>
        <translation>{month} {day}일 ({weekday})</translation>
    </message>
</context>
<context>
    <name>TravelEditor</name>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="129"/>
        <source>Travel of {name}</source>
        <translation>{name}의 항공·숙박</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="130"/>
        <source>Arrival</source>
        <translation>입국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="132"/>
        <source>Departure</source>
        <translation>출국</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="137"/>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="144"/>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="145"/>
        <source>Check-in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="146"/>
        <source>Check-out</source>
        <translation>체크아웃</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="147"/>
        <source>Room</source>
        <translation>객실</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="189"/>
        <source>A flight needs an airport.</source>
        <translation>항공편에는 공항이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="192"/>
        <source>Give the hotel&apos;s name, or untick Hotel.</source>
        <translation>호텔 이름을 입력하거나 호텔 선택을 해제하십시오.</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/dialogs/travel_editor.py" line="194"/>
        <source>The check-out is before the check-in.</source>
        <translation>체크아웃이 체크인보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>TravelTimesModel</name>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="200"/>
        <source>To</source>
        <translation>도착지</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="200"/>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="218"/>
        <source>Minutes by road; leave empty when not known</source>
        <translation>차량 이동 시간(분). 모르면 비워 두십시오</translation>
    </message>
</context>
<context>
    <name>Unprintable</name>
    <message>
        <location filename="../../mission_planner/gui/unprintable_text.py" line="18"/>
        <source>{person}: the organization has characters no font prints; they print as �: {characters}</source>
        <translation>{person}: 소속 기관명에 글꼴이 없는 문자가 있어 �(으)로 인쇄됩니다: {characters}</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/unprintable_text.py" line="22"/>
        <source>{person}: the name has characters no font prints; they print as �: {characters}</source>
        <translation>{person}: 이름에 글꼴이 없는 문자가 있어 �(으)로 인쇄됩니다: {characters}</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="29"/>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="30"/>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="31"/>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="32"/>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="33"/>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="34"/>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <location filename="../../mission_planner/gui/models/sites.py" line="35"/>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
</context>
</TS>
