# स्थिर (const) may not be rebound, neither in its scope nor through वैश्विक (global).
स्थिर सीमा = 10
सीमा = 20

परिभाषा बदलो():
    वैश्विक सीमा
    सीमा = 30

परिभाषा छाया():
    सीमा = 40
    वापसी सीमा

छापो(सीमा, छाया())
