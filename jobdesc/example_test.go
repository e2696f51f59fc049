package jobdesc_test

import (
	"fmt"
	"os"

	"github.com/sfiakit/sfiakit/csmg"
	"github.com/sfiakit/sfiakit/jobdesc"
	"github.com/sfiakit/sfiakit/sfia"
	"golang.org/x/text/language"
)

func ExampleCheck() {
	reqs := []jobdesc.Requirement{
		{Skill: csmg.Skill, Level: 7},
		{Skill: csmg.Skill, Level: 4},
	}
	err := jobdesc.Check(reqs, jobdesc.Options{Languages: []language.Tag{language.German}})
	fmt.Println(err)
	// Output:
	// CSMG is not defined at level 7; it is defined at levels 1–6
	// no CSMG text in "de"; languages: ar, es, it, pt, ru
}

func ExampleBuild() {
	reqs := []jobdesc.Requirement{{Skill: csmg.Skill, Level: 2}}
	d, err := jobdesc.Build(reqs, jobdesc.Options{AllLanguages: true})
	if err != nil {
		panic(err)
	}
	for _, s := range d.Sections {
		fmt.Println(s.Language, s.Version, s.LevelWord, s.Level, s.GuidingWords)
	}
	fmt.Println(d.Notices[0].Kind)
	// Output:
	// ar SFIA 8 المستوى Level 2 Assist
	// es SFIA 6 Nivel Level 2 Assist
	// it SFIA 9 Livello Level 2 Assist
	// pt SFIA 9 Nível Level 2 Assist
	// ru SFIA 8 Уровень Level 2 Помогать
	// mixed-versions
}

func build(lang string, level int) *jobdesc.Description {
	d, err := jobdesc.Build([]jobdesc.Requirement{{Skill: csmg.Skill, Level: sfia.Level(level)}},
		jobdesc.Options{Languages: []language.Tag{language.MustParse(lang)}})
	if err != nil {
		panic(err)
	}
	return d
}

func ExampleDescription_WriteText() {
	build("es", 1).WriteText(os.Stdout)
	// Output:
	// Asistencia del servicio de atención al cliente (CSMG) — Nivel 1 (Follow)
	//
	// Recibe y gestiona solicitudes del servicio técnico según los procedimientos acordados. Distribuye llamadas rápidamente según corresponda. Registra incidentes y solicitudes de servicio y mantiene los registros pertinentes.
	//
	// - Recibe y gestiona solicitudes del servicio técnico según los procedimientos acordados.
	// - Distribuye llamadas rápidamente según corresponda.
	// - Registra incidentes y solicitudes de servicio y mantiene los registros pertinentes.
	//
	// Source: SFIA 6, es, seeds/003_c74615f3b514106e.txt
	//
	// This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}

func ExampleDescription_WriteMarkdown() {
	build("es", 1).WriteMarkdown(os.Stdout)
	// Output:
	// ## Asistencia del servicio de atención al cliente (CSMG) — Nivel 1 (Follow)
	//
	// Recibe y gestiona solicitudes del servicio técnico según los procedimientos acordados. Distribuye llamadas rápidamente según corresponda. Registra incidentes y solicitudes de servicio y mantiene los registros pertinentes.
	//
	// - Recibe y gestiona solicitudes del servicio técnico según los procedimientos acordados.
	// - Distribuye llamadas rápidamente según corresponda.
	// - Registra incidentes y solicitudes de servicio y mantiene los registros pertinentes.
	//
	// *Source: SFIA 6, es, seeds/003\_c74615f3b514106e.txt*
	//
	// *This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.*
}

func ExampleDescription_WriteHTML() {
	build("ar", 4).WriteHTML(os.Stdout)
	// Output:
	// <div class="sfia-jobdesc" lang="en" dir="ltr">
	// <div class="sfia-requirement">
	// <section class="sfia-section" lang="ar" dir="rtl">
	// <h2 lang="ar" dir="rtl">دعم خدمة العملاء (CSMG) — المستوى 4 <span class="sfia-guiding-words" lang="en" dir="ltr">(Enable)</span></h2>
	// <p class="sfia-description" lang="ar" dir="rtl">يراقب قنوات تقديم الخدمات ويقوم بجمع البيانات الخاصة بالأداء. يساعد في التحديد والتطوير والبحث والتقييم فيما يتعلق بمعايير الخدمات. يطبق تلك المعايير لحل المشكلات أو تصعيدها ويقدم إحاطات فنية للموظفين.</p>
	// <ul class="sfia-statements" lang="ar" dir="rtl">
	// <li lang="ar" dir="rtl">يراقب قنوات تقديم الخدمات ويقوم بجمع البيانات الخاصة بالأداء.</li>
	// <li lang="ar" dir="rtl">يساعد في التحديد والتطوير والبحث والتقييم فيما يتعلق بمعايير الخدمات.</li>
	// <li lang="ar" dir="rtl">يطبق تلك المعايير لحل المشكلات أو تصعيدها ويقدم إحاطات فنية للموظفين.</li>
	// </ul>
	// <p class="sfia-source" lang="en" dir="ltr">Source: <span lang="en" dir="ltr">SFIA 8, ar, seeds/004_07a011a12c9ebc15.txt</span></p>
	// </section>
	// </div>
	// <p class="sfia-acknowledgement" lang="en" dir="ltr">This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.</p>
	// </div>
}

func ExampleDescription_WriteJSON() {
	build("it", 1).WriteJSON(os.Stdout)
	// Output:
	// {
	//   "schema": "https://github.com/sfiakit/sfiakit/jobdesc/schema/v1.json",
	//   "schema_version": 1,
	//   "acknowledgement": "This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.",
	//   "notices": [],
	//   "requirements": [
	//     {
	//       "code": "CSMG",
	//       "name": "Supporto di assistenza ai clienti",
	//       "level": 1,
	//       "level_word": "Livello",
	//       "guiding_words": {
	//         "text": "Follow",
	//         "language": "en"
	//       },
	//       "paragraph": "Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite. Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti. Trasmette i problemi complessi ai membri del team o ai reparti appropriati.",
	//       "statements": [
	//         "Riceve e gestisce le domande e le richieste di routine dei clienti, seguendo le procedure stabilite.",
	//         "Registra accuratamente le interazioni con i clienti e mantiene i record pertinenti.",
	//         "Trasmette i problemi complessi ai membri del team o ai reparti appropriati."
	//       ],
	//       "language": "it",
	//       "direction": "ltr",
	//       "sfia_version": 9,
	//       "source": "seeds/000_f93c0a31eadc8278.txt",
	//       "group": 0
	//     }
	//   ]
	// }
}

func ExampleDescription_WriteCSV() {
	build("ru", 1).WriteCSV(os.Stdout)
	// Output:
	// code,skill,level,statement_number,statement,language,sfia_version,source,acknowledgement
	// CSMG,Служба поддержки клиентов,1,1,"Принимает и обрабатывает заявки на обслуживание, следуя согласованным процедурам.",ru,8,seeds/001_205a89c5e035fa5d.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// CSMG,Служба поддержки клиентов,1,2,Оперативно распределяет вызовы по мере необходимости.,ru,8,seeds/001_205a89c5e035fa5d.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
	// CSMG,Служба поддержки клиентов,1,3,Регистрирует инциденты и запросы на обслуживание и ведет соответствующие записи.,ru,8,seeds/001_205a89c5e035fa5d.txt,This publication contains information from the Skills Framework for the Information Age with the permission of the SFIA Foundation.
}
